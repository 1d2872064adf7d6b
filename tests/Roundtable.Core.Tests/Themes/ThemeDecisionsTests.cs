using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Themes;

namespace Roundtable.Core.Tests.Themes;

// Themes decided by co-leads and read back, against a real database.
public sealed class ThemeDecisionsTests : IAsyncLifetime
{
    private readonly CommunityDatabase database = new();
    private readonly Dictionary<Guid, Room> rooms = [];
    private Guid coLead;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        coLead = (await database.JoinAsync("Cai Colead", role: CommunityRole.CoLead)).Id;
    }

    public Task DisposeAsync() => database.DisposeAsync();

    private DateOnly WeeksAgo(int weeks) => DateOnly.FromDateTime(database.Clock.GetUtcNow().UtcDateTime).AddDays(-7 * weeks);

    private ThemeDecisions Decisions(RoundtableDb? db = null) => new(db ?? database.NewContext(), database.Clock);

    // Kept for nothing longer than one reading: these tests write behind any reading's back.
    private CommunityThemes Reading() => new(database.NewContext(), database.Clock, new KeptReads(new DatabaseWrites(), database.Clock));

    private async Task<Guid> SayAsync(Session session, string text)
    {
        if (!rooms.TryGetValue(session.Id, out var room))
        {
            room = new Room { SessionId = session.Id, State = RoomState.Closed, CreatedAt = session.StartsAt };
            database.Db.Rooms.Add(room);
            rooms[session.Id] = room;
        }

        var contribution = new Contribution
        {
            Id = Guid.CreateVersion7(), RoomId = room.Id, Sequence = ++room.LastSequence, Kind = ContributionKind.Text,
            PersonId = database.RecorderId, Text = text, CreatedAt = session.StartsAt,
        };
        database.Db.Contributions.Add(contribution);
        await database.Db.SaveChangesAsync();
        return contribution.Id;
    }

    private async Task<Theme> CreateAsync(string title, params Guid[] contributions)
    {
        var result = await Decisions().CreateAsync(database.Community.Id, new ThemeDecisions.NewTheme(title, null, contributions), coLead);
        Assert.Equal(ThemeOutcome.Saved, result.Outcome);
        return result.Theme!;
    }

    private async Task<IReadOnlyList<ThemeStatus>> StatusesAsync(Guid themeId, Membership? reader = null) =>
        (await Reading().ReadAsync(database.Community.Id, reader)).Themes.Single(t => t.Theme.Id == themeId).Timeline.Select(t => t.Status).ToList();

    [Fact]
    public async Task Status_AcrossFourSessions_NewDeepeningQuietDeepening_ThenSettledAndReopened()
    {
        var sessions = new List<Session>();
        for (var n = 1; n <= 4; n++)
        {
            sessions.Add(await database.SessionAsync(n, WeeksAgo(4 * (5 - n))));
        }

        var first = await SayAsync(sessions[0], "The bus to clinic never comes");
        var second = await SayAsync(sessions[1], "No bus after six");
        await SayAsync(sessions[2], "Something else entirely");
        var fourth = await SayAsync(sessions[3], "Taxis cost too much");
        var theme = await CreateAsync("Getting there", first, second, fourth);

        Assert.Equal([ThemeStatus.New, ThemeStatus.Deepening, ThemeStatus.Quiet, ThemeStatus.Deepening], await StatusesAsync(theme.Id));

        Assert.Equal(ThemeOutcome.Saved, (await Decisions().SettleAsync(database.Community.Id, theme.Id, "Transport leads now join each session", coLead)).Outcome);
        database.Clock.Advance(TimeSpan.FromDays(1));
        var fifth = await database.SessionAsync(5, DateOnly.FromDateTime(database.Clock.GetUtcNow().UtcDateTime));
        database.Clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal([ThemeStatus.New, ThemeStatus.Deepening, ThemeStatus.Quiet, ThemeStatus.Deepening, ThemeStatus.Settled], await StatusesAsync(theme.Id));

        Assert.Equal(ThemeOutcome.Saved, (await Decisions().ReopenAsync(database.Community.Id, theme.Id, coLead)).Outcome);

        Assert.Equal([ThemeStatus.New, ThemeStatus.Deepening, ThemeStatus.Quiet, ThemeStatus.Deepening, ThemeStatus.Quiet], await StatusesAsync(theme.Id));
        var book = await Reading().ReadAsync(database.Community.Id, null);
        Assert.Equal("1 deepening", book.SummaryAt(sessions[3].Id));
        Assert.Equal("No themes yet", book.SummaryAt(fifth.Id));
        var settling = Assert.Single(book.Themes.Single(t => t.Theme.Id == theme.Id).Settlings);
        Assert.Equal(
            ("Transport leads now join each session", (Guid?)coLead, (DateTimeOffset?)database.Clock.GetUtcNow(), (Guid?)coLead),
            (settling.Note, settling.SettledById, settling.ReopenedAt, settling.ReopenedById));
    }

    [Fact]
    public async Task Settle_ReopenAndSettleAgain_KeepsEachSettlingInOrder()
    {
        var session = await database.SessionAsync(1, WeeksAgo(3));
        var theme = await CreateAsync("Getting there", await SayAsync(session, "bus"));
        var firstSettled = database.Clock.GetUtcNow();

        await Decisions().SettleAsync(database.Community.Id, theme.Id, "Transport leads join", coLead);
        await Decisions().SettleAsync(database.Community.Id, theme.Id, "Transport leads join each session", coLead);
        database.Clock.Advance(TimeSpan.FromDays(2));
        await Decisions().ReopenAsync(database.Community.Id, theme.Id, coLead);
        await Decisions().ReopenAsync(database.Community.Id, theme.Id, coLead);
        database.Clock.Advance(TimeSpan.FromDays(2));
        await Decisions().SettleAsync(database.Community.Id, theme.Id, "Free taxis agreed", coLead);

        var settlings = (await Reading().ReadAsync(database.Community.Id, null)).Themes.Single().Settlings;
        Assert.Equal(
            [("Transport leads join each session", firstSettled, (DateTimeOffset?)firstSettled.AddDays(2)), ("Free taxis agreed", firstSettled.AddDays(4), null)],
            settlings.Select(s => (s.Note, s.SettledAt, s.ReopenedAt)));
    }

    [Fact]
    public async Task Settle_WithoutANote_IsRefusedAgainstTheNote()
    {
        var session = await database.SessionAsync(1, WeeksAgo(1));
        var theme = await CreateAsync("Getting there", await SayAsync(session, "bus"));

        var result = await Decisions().SettleAsync(database.Community.Id, theme.Id, "  ", coLead);

        Assert.Equal(ThemeOutcome.Invalid, result.Outcome);
        Assert.Equal("Note", Assert.Single(result.Problems).Field);
    }

    [Fact]
    public async Task Merge_BothWithQuotes_MovesEveryContributionAndQuoteOnce()
    {
        var session = await database.SessionAsync(1, WeeksAgo(1));
        var (a, b, shared) = (await SayAsync(session, "bus late"), await SayAsync(session, "taxi dear"), await SayAsync(session, "bus and taxi"));
        var kept = await CreateAsync("Getting there", a, shared);
        var merged = await CreateAsync("Transport", b, shared);
        await Decisions().QuoteAsync(database.Community.Id, kept.Id, a, quoted: true);
        await Decisions().QuoteAsync(database.Community.Id, merged.Id, b, quoted: true);
        await Decisions().QuoteAsync(database.Community.Id, merged.Id, shared, quoted: true);

        var result = await Decisions().MergeAsync(database.Community.Id, merged.Id, kept.Id, seenVersion: null, coLead);

        Assert.Equal(ThemeOutcome.Saved, result.Outcome);
        var rows = await database.NewContext().ThemeContributions.Where(tc => tc.ThemeId == kept.Id || tc.ThemeId == merged.Id).ToListAsync();
        Assert.All(rows, r => Assert.Equal(kept.Id, r.ThemeId));
        Assert.Equal([a, b, shared], rows.Select(r => r.ContributionId).Order());
        Assert.All(rows, r => Assert.True(r.Quoted));
        var where = await Reading().WhereNowAsync(database.Community.Id, merged.Id);
        Assert.Equal(kept.Id, where!.Id);
    }

    [Fact]
    public async Task Assign_ToAThemeMergedWhileTheSuggestionWasOpen_LandsInTheThemeItWentInto()
    {
        var session = await database.SessionAsync(1, WeeksAgo(1));
        var (a, b, c) = (await SayAsync(session, "bus late"), await SayAsync(session, "taxi dear"), await SayAsync(session, "the bus again"));
        var suggested = await CreateAsync("Buses", a);
        var kept = await CreateAsync("Getting there", b);
        await Decisions().MergeAsync(database.Community.Id, suggested.Id, kept.Id, null, coLead);

        var result = await Decisions().AssignAsync(database.Community.Id, suggested.Id, [c], coLead);

        Assert.Equal(ThemeOutcome.Saved, result.Outcome);
        Assert.Equal(kept.Id, result.Theme!.Id);
        Assert.True(await database.NewContext().ThemeContributions.AnyAsync(tc => tc.ThemeId == kept.Id && tc.ContributionId == c));
    }

    [Fact]
    public async Task Merge_OfAThemeMergedMeanwhile_IsRefusedSayingWhereItWent()
    {
        var session = await database.SessionAsync(1, WeeksAgo(1));
        var one = await CreateAsync("Buses", await SayAsync(session, "bus"));
        var two = await CreateAsync("Getting there", await SayAsync(session, "taxi"));
        var three = await CreateAsync("Travel", await SayAsync(session, "train"));
        await Decisions().MergeAsync(database.Community.Id, one.Id, two.Id, null, coLead);

        var result = await Decisions().MergeAsync(database.Community.Id, one.Id, three.Id, one.Version, coLead);

        Assert.Equal(ThemeOutcome.MergedAway, result.Outcome);
        Assert.Contains("Getting there", result.Refusal);
    }

    [Fact]
    public async Task Edit_SeenAnOlderVersion_IsRefusedAndNothingChanges()
    {
        var session = await database.SessionAsync(1, WeeksAgo(1));
        var theme = await CreateAsync("Buses", await SayAsync(session, "bus"));
        await Decisions().EditAsync(database.Community.Id, theme.Id, new ThemeDecisions.Edit("Getting there", null, theme.Version));

        var result = await Decisions().EditAsync(database.Community.Id, theme.Id, new ThemeDecisions.Edit("Transport", null, theme.Version));

        Assert.Equal(ThemeOutcome.ChangedMeanwhile, result.Outcome);
        Assert.Equal("Getting there", (await Reading().FindAsync(database.Community.Id, theme.Id))!.Title);
    }

    [Fact]
    public async Task TwoCoLeadsMergingAtOnce_OneIsToldTheOtherWon()
    {
        var session = await database.SessionAsync(1, WeeksAgo(1));
        var one = await CreateAsync("Buses", await SayAsync(session, "bus"));
        var two = await CreateAsync("Getting there", await SayAsync(session, "taxi"));
        var three = await CreateAsync("Travel", await SayAsync(session, "train"));

        var results = await AtOnce.Run(2, i => Decisions().MergeAsync(database.Community.Id, one.Id, i == 0 ? two.Id : three.Id, one.Version, coLead));

        Assert.Single(results, r => r.Outcome == ThemeOutcome.Saved);
        Assert.Single(results, r => r.Outcome is ThemeOutcome.ChangedMeanwhile or ThemeOutcome.MergedAway);
        var rows = await database.NewContext().ThemeContributions.Where(tc => tc.Theme.CommunityId == database.Community.Id).ToListAsync();
        Assert.Equal(3, rows.Count);
    }

    [Fact]
    public async Task Create_TheSameThemeTwice_MakesIt_Once()
    {
        var session = await database.SessionAsync(1, WeeksAgo(1));
        var said = await SayAsync(session, "bus");
        var first = await CreateAsync("Buses", said);

        var again = await Decisions().CreateAsync(database.Community.Id, new ThemeDecisions.NewTheme("Buses", null, [said]), coLead);

        Assert.Equal((ThemeOutcome.Unchanged, first.Id), (again.Outcome, again.Theme!.Id));
    }

    [Fact]
    public async Task Split_MovesTheChosenContributionsWithTheirQuotes()
    {
        var session = await database.SessionAsync(1, WeeksAgo(1));
        var (a, b) = (await SayAsync(session, "bus"), await SayAsync(session, "waiting list"));
        var theme = await CreateAsync("Everything", a, b);
        await Decisions().QuoteAsync(database.Community.Id, theme.Id, b, quoted: true);

        var result = await Decisions().SplitAsync(database.Community.Id, theme.Id, [b], "Waiting", null, coLead);

        Assert.Equal(ThemeOutcome.Saved, result.Outcome);
        var moved = await database.NewContext().ThemeContributions.SingleAsync(tc => tc.ContributionId == b);
        Assert.Equal((result.Theme!.Id, true), (moved.ThemeId, moved.Quoted));
    }

    [Fact]
    public async Task Read_AThemeHeardOnlyInPreparationMeetings_IsSeenOnlyInTheLivedExpertSpace()
    {
        var preparation = await database.SessionAsync(1, WeeksAgo(2), kind: SessionKind.PreparationMeeting);
        var theme = await CreateAsync("Being believed", await SayAsync(preparation, "nobody believed us"));
        var member = await database.MembershipAsync("Mo Member");
        var livedExpert = await database.MembershipAsync("Lee Lived");
        livedExpert.InLivedExpertGroup = true;
        await database.Db.SaveChangesAsync();

        Assert.DoesNotContain((await Reading().ReadAsync(database.Community.Id, member)).Themes, t => t.Theme.Id == theme.Id);
        Assert.Equal([ThemeStatus.New], await StatusesAsync(theme.Id, livedExpert));
    }

    [Fact]
    public async Task Suggestions_OfferTheThemeSharingTheWords_AndForgetWhatWasIgnored()
    {
        var one = await database.SessionAsync(1, WeeksAgo(4));
        var two = await database.SessionAsync(2, WeeksAgo(1));
        var transport = await CreateAsync("Getting there", await SayAsync(one, "the bus to the clinic never comes"));
        var waiting = await CreateAsync("Waiting lists", await SayAsync(one, "two years on the waiting list for an assessment"));
        var bus = await SayAsync(two, "no bus to the clinic after six");
        var list = await SayAsync(two, "the waiting list for assessment is years long");
        var (peers, parents) = (await SayAsync(two, "peer support from other parents helped"), await SayAsync(two, "other parents gave peer support"));
        var suggestions = Suggestions(database.NewContext());

        var found = await suggestions.ForSessionAsync(database.Community.Id, two.Id, null);

        Assert.Equal(transport.Id, found.Unassigned.Single(u => u.Contribution.Id == bus).Likeliest[0].ThemeId);
        Assert.Equal(waiting.Id, found.Unassigned.Single(u => u.Contribution.Id == list).Likeliest[0].ThemeId);
        var group = Assert.Single(found.Groups);
        Assert.Equal([peers, parents], group.Members.Select(m => m.Id));
        Assert.Equal(found.Groups.Select(g => g.Title), (await suggestions.ForSessionAsync(database.Community.Id, two.Id, null)).Groups.Select(g => g.Title));

        await Decisions().IgnoreAsync(database.Community.Id, bus, transport.Id, coLead);
        await Decisions().IgnoreAsync(database.Community.Id, peers, null, coLead);
        var after = await Suggestions(database.NewContext()).ForSessionAsync(database.Community.Id, two.Id, null);

        Assert.DoesNotContain(after.Unassigned.Single(u => u.Contribution.Id == bus).Likeliest, s => s.ThemeId == transport.Id);
        Assert.Empty(after.Groups);
    }

    [Fact]
    public async Task Suggestions_AThemeHeardOnlyAtAPreparationMeeting_AreOfferedOnlyInsideTheLivedExpertSpace()
    {
        var preparation = await database.SessionAsync(1, WeeksAgo(4), kind: SessionKind.PreparationMeeting);
        var session = await database.SessionAsync(1, WeeksAgo(1));
        var believed = await CreateAsync("Being believed", await SayAsync(preparation, "the doctor did not believe my pain"));
        var pain = await SayAsync(session, "nobody believed my pain at the surgery");
        var coLeads = await database.NewContext().Memberships.SingleAsync(m => m.PersonId == coLead);
        var suggestions = Suggestions(database.NewContext());

        var outside = await suggestions.ForSessionAsync(database.Community.Id, session.Id, null);
        var inside = await suggestions.ForSessionAsync(database.Community.Id, session.Id, coLeads);

        Assert.Empty(outside.Unassigned.Single(u => u.Contribution.Id == pain).Likeliest);
        Assert.Equal(believed.Id, inside.Unassigned.Single(u => u.Contribution.Id == pain).Likeliest[0].ThemeId);
    }

    private KeptReads Kept() => new(new DatabaseWrites(), database.Clock);

    private ThemeSuggestions Suggestions(RoundtableDb db) => new(db, new ThemeEngines(db, new LexicalThemeEngine(), database.Clock), Kept(), new ContributionMeanings(db, SentenceEncoding.Off));
}
