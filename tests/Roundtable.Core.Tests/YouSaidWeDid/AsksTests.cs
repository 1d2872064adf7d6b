using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Connections;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Sessions;
using Roundtable.Core.YouSaidWeDid;

namespace Roundtable.Core.Tests.YouSaidWeDid;

// "You said, we did" against a real database: the status rules, the dated history, the version
// check, one request per submission, consent in attribution and the acknowledgement list.
public sealed class AsksTests : IAsyncLifetime
{
    private readonly CommunityDatabase database = new();
    private Membership coLead = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        var person = await database.JoinAsync("Cai Colead", role: CommunityRole.CoLead);
        coLead = database.Db.Memberships.Local.Single(m => m.PersonId == person.Id);
    }

    public Task DisposeAsync() => database.DisposeAsync();

    private DateOnly Today => UkTimeZone.Today(database.Clock);

    private Asks Asks(RoundtableDb? db = null)
    {
        db ??= database.NewContext();
        return new(db, database.Clock, new NextActions(db, database.Clock));
    }

    private AskLedger Ledger() => new(database.NewContext());

    private Acknowledgements Acknowledgements() => new(database.NewContext(), Ledger(), database.Clock);

    private async Task<Ask> AddAsync(string words = "A quiet room at every session", Guid? owner = null, string? dueOn = null)
    {
        var result = await Asks().AddAsync(database.Community.Id, new Asks.NewAsk(words, AskSource.Direct, null, null, owner, null, dueOn, Guid.NewGuid()), coLead.PersonId);
        Assert.Equal(Core.YouSaidWeDid.Asks.Outcome.Saved, result.Outcome);
        return result.Ask!;
    }

    private static Asks.Update To(AskStatus status, string? reason = null, string? raisedWith = null, int? seen = null, Guid? owner = null, string? dueOn = null) =>
        new(status, reason, raisedWith, owner, null, dueOn, seen);

    private async Task<Ask> ReadAsync(Guid id) =>
        await database.NewContext().Asks.AsNoTracking().Include(a => a.Changes).SingleAsync(a => a.Id == id);

    [Fact]
    public async Task Update_NotUpheldWithoutReason_RefusedAndNothingChanges()
    {
        var ask = await AddAsync();

        var result = await Asks().UpdateAsync(database.Community.Id, ask.Id, To(AskStatus.NotUpheld, reason: "  "), coLead);

        Assert.Equal(Core.YouSaidWeDid.Asks.Outcome.Invalid, result.Outcome);
        Assert.Equal([new Problem(nameof(Core.YouSaidWeDid.Asks.Update.Reason), "Say why it is not upheld")], result.Problems);
        Assert.Equal((AskStatus.Open, 1), ((await ReadAsync(ask.Id)).Status, (await ReadAsync(ask.Id)).Changes.Count));
    }

    [Fact]
    public async Task Update_OutsideOurControlWithoutWhoItWasRaisedWith_Refused()
    {
        var ask = await AddAsync();

        var result = await Asks().UpdateAsync(database.Community.Id, ask.Id, To(AskStatus.OutsideOurControl), coLead);

        Assert.Equal([new Problem(nameof(Core.YouSaidWeDid.Asks.Update.RaisedWith), "Say who it was raised with")], result.Problems);
    }

    [Fact]
    public async Task Update_EachStatusChange_KeptDatedAndSignedInOrder()
    {
        var ask = await AddAsync();
        var added = database.Clock.GetUtcNow();
        database.Clock.Advance(TimeSpan.FromDays(3));
        await Asks().UpdateAsync(database.Community.Id, ask.Id, To(AskStatus.InProgress), coLead);
        database.Clock.Advance(TimeSpan.FromDays(4));
        await Asks().UpdateAsync(database.Community.Id, ask.Id, To(AskStatus.OutsideOurControl, raisedWith: "The trust's estates team"), coLead);

        var saved = await ReadAsync(ask.Id);

        Assert.Equal(AskStatus.OutsideOurControl, saved.Status);
        Assert.Equal(
            [(null, AskStatus.Open, added, null), (AskStatus.Open, AskStatus.InProgress, added.AddDays(3), null), (AskStatus.InProgress, AskStatus.OutsideOurControl, added.AddDays(7), "The trust's estates team")],
            saved.Changes.OrderBy(c => c.Decision.At).Select(c => (c.From, c.To, c.Decision.At, c.RaisedWith)).ToList());
        Assert.All(saved.Changes, c => Assert.Equal(coLead.PersonId, c.Decision.ById));
    }

    [Fact]
    public async Task Add_DueDateInThePast_Refused()
    {
        var result = await Asks().AddAsync(
            database.Community.Id,
            new Asks.NewAsk("Minutes within a week", AskSource.Direct, null, null, null, null, Today.AddDays(-1).ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")), Guid.NewGuid()),
            coLead.PersonId);

        Assert.Equal([new Problem(nameof(Core.YouSaidWeDid.Asks.NewAsk.DueOn), "The due date must be today or in the future")], result.Problems);
    }

    [Fact]
    public async Task Update_DueDatePassedButUnchanged_StatusStillChanges()
    {
        var due = AskRules.Due(Today.AddDays(2));
        var ask = await AddAsync(dueOn: due);
        database.Clock.Advance(TimeSpan.FromDays(5));

        var result = await Asks().UpdateAsync(database.Community.Id, ask.Id, To(AskStatus.Done, dueOn: due), coLead);

        Assert.Equal(Core.YouSaidWeDid.Asks.Outcome.Saved, result.Outcome);
    }

    [Fact]
    public async Task Update_SomeoneElseChangedItSinceItWasSeen_RefusedShowingTheirChange()
    {
        var ask = await AddAsync();
        var other = await database.JoinAsync("Bea Colead", role: CommunityRole.CoLead);
        var otherLead = database.Db.Memberships.Local.Single(m => m.PersonId == other.Id);
        database.Clock.Advance(TimeSpan.FromMinutes(3));
        await Asks().UpdateAsync(database.Community.Id, ask.Id, To(AskStatus.NotUpheld, reason: "No budget this year", seen: 1), otherLead);

        var result = await Asks().UpdateAsync(database.Community.Id, ask.Id, To(AskStatus.Done, seen: 1), coLead);

        Assert.Equal(Core.YouSaidWeDid.Asks.Outcome.ChangedMeanwhile, result.Outcome);
        var message = AskRules.ChangedMeanwhile(result.Meanwhile!, await Ledger().NamesAsync(database.Community.Id, [other.Id]));
        Assert.Contains("Bea marked it ‘Not upheld’", message, StringComparison.Ordinal);
        Assert.Contains("No budget this year", message, StringComparison.Ordinal);
        Assert.Equal(AskStatus.NotUpheld, (await ReadAsync(ask.Id)).Status);
    }

    [Fact]
    public async Task Add_SameSubmissionTwice_OneRequest()
    {
        var key = Guid.NewGuid();
        var input = new Asks.NewAsk("Hearing loops in the venue", AskSource.Direct, null, null, null, null, null, key);

        var results = await AtOnce.Run(2, _ => Asks().AddAsync(database.Community.Id, input, coLead.PersonId));

        Assert.Single(results.Select(r => r.Ask!.Id).Distinct());
        Assert.Equal(1, await database.NewContext().Asks.CountAsync(a => a.SubmissionKey == key));
    }

    [Fact]
    public async Task Update_ByAMemberWhoDoesNotOwnIt_NotAllowed_ByItsOwner_Saved()
    {
        var owner = await database.MembershipAsync("Olu Owner");
        var someoneElse = await database.MembershipAsync("Sam Member");
        var ask = await AddAsync(owner: owner.Id);

        var refused = await Asks().UpdateAsync(database.Community.Id, ask.Id, To(AskStatus.Done), someoneElse);
        var saved = await Asks().UpdateAsync(database.Community.Id, ask.Id, To(AskStatus.InProgress), owner);

        Assert.Equal((Core.YouSaidWeDid.Asks.Outcome.NotAllowed, Core.YouSaidWeDid.Asks.Outcome.Saved), (refused.Outcome, saved.Outcome));
    }

    [Fact]
    public async Task Read_OwnerHasLeft_RequestStaysFlagged()
    {
        var owner = await database.MembershipAsync("Lee Leaver");
        var ask = await AddAsync(owner: owner.Id);
        owner.LeftAt = database.Clock.GetUtcNow();
        await database.Db.SaveChangesAsync();

        var line = Assert.Single(await Ledger().ReadAsync(database.Community.Id, coLead));

        Assert.Equal((ask.Id, true), (line.Ask.Id, line.OwnerHasLeft));
        Assert.Equal(1, await Ledger().OwnersWhoLeftCountAsync(database.Community.Id));
    }

    [Theory]
    [InlineData(QuoteConsent.NotQuoted, Naming.FullName, null)]
    [InlineData(QuoteConsent.ByName, Naming.NotNamed, null)]
    [InlineData(QuoteConsent.ByName, Naming.FirstName, "Ama")]
    [InlineData(QuoteConsent.ByRole, Naming.FullName, "Carer, Harbour Carers")]
    public async Task Add_FromAContribution_AskerNamedOnlyAsTheyConsented(QuoteConsent consent, Naming naming, string? shown)
    {
        var asker = await database.MembershipAsync("Ama Asker");
        asker.QuoteConsent = consent;
        asker.Naming = naming;
        asker.JobRole = "Carer";
        asker.Organisation = "Harbour Carers";
        await database.Db.SaveChangesAsync();
        var contribution = await SayAsync(await database.SessionAsync(2, Today.AddDays(-7)), asker.PersonId, "Please send the slides before each session");

        var result = await Asks().AddAsync(
            database.Community.Id, new Asks.NewAsk(null, AskSource.Contribution, contribution, null, null, null, null, Guid.NewGuid()), coLead.PersonId);
        var line = Assert.Single(await Ledger().ReadAsync(database.Community.Id, viewer: null));

        Assert.Equal("Please send the slides before each session", result.Ask!.Words);
        Assert.Equal(shown, line.AskedBy.Text);
    }

    [Theory]
    [InlineData(QuoteConsent.NotQuoted, null)]
    [InlineData(QuoteConsent.ByRole, "Carer, Harbour Carers")]
    public async Task Add_FromAFeedbackAnswer_TheirWordsAndNamedOnlyAsTheyConsented(QuoteConsent consent, string? shown)
    {
        var answer = await AnswerAsync(consent, "Hearing from carers. Please keep the sessions online.", "Tell my ward manager", shared: false);

        var result = await Asks().AddAsync(
            database.Community.Id, new Asks.NewAsk(null, AskSource.FeedbackAnswer, null, null, null, null, null, Guid.NewGuid(), answer.Id), coLead.PersonId);
        var line = Assert.Single(await Ledger().ReadAsync(database.Community.Id, viewer: null));

        Assert.Equal(("Hearing from carers. Please keep the sessions online.", answer.Id, AskSource.FeedbackAnswer), (result.Ask!.Words, line.Ask.FeedbackAnswerId, line.Ask.Source));
        Assert.Equal(shown, line.AskedBy.Text);
    }

    [Fact]
    public async Task Add_FromAFeedbackAnswer_APrivateNextActionNeverStartsIt_AndAnotherCommunitysAnswerIsRefused()
    {
        var onlyPrivate = await AnswerAsync(QuoteConsent.ByName, useful: null, nextAction: "Tell my ward manager", shared: false);
        var elsewhere = new Community { Slug = "elsewhere", Name = "Elsewhere CoP", Purpose = "To learn.", Region = "Elsewhere" };
        database.Db.Communities.Add(elsewhere);
        await database.Db.SaveChangesAsync();

        var fromPrivate = await Asks().AddAsync(
            database.Community.Id, new Asks.NewAsk(null, AskSource.FeedbackAnswer, null, null, null, null, null, Guid.NewGuid(), onlyPrivate.Id), coLead.PersonId);
        var fromElsewhere = await Asks().AddAsync(
            elsewhere.Id, new Asks.NewAsk("Keep it online", AskSource.FeedbackAnswer, null, null, null, null, null, Guid.NewGuid(), onlyPrivate.Id), coLead.PersonId);

        Assert.Equal([new Problem(nameof(Core.YouSaidWeDid.Asks.NewAsk.Words), "Enter what was asked")], fromPrivate.Problems);
        Assert.Equal([new Problem(nameof(Core.YouSaidWeDid.Asks.NewAsk.FeedbackAnswerId), "Choose a feedback answer from this community")], fromElsewhere.Problems);
    }

    [Fact]
    public async Task Read_FromAPreparationMeeting_OnlyTheLivedExpertGroupAndCoLeadsSeeIt()
    {
        var member = await database.MembershipAsync("Mo Member");
        var livedExpert = await database.MembershipAsync("Lin Expert");
        livedExpert.InLivedExpertGroup = true;
        await database.Db.SaveChangesAsync();
        var said = await SayAsync(await database.SessionAsync(1, Today.AddDays(-3), kind: SessionKind.PreparationMeeting), livedExpert.PersonId, "Pay carers for their time");
        await Asks().AddAsync(database.Community.Id, new Asks.NewAsk(null, AskSource.Contribution, said, null, null, null, null, Guid.NewGuid()), coLead.PersonId);

        Assert.Equal(
            (0, 1, 1, 0),
            ((await Ledger().ReadAsync(database.Community.Id, member)).Count, (await Ledger().ReadAsync(database.Community.Id, livedExpert)).Count,
             (await Ledger().ReadAsync(database.Community.Id, coLead)).Count, (await Ledger().ReadAsync(database.Community.Id, viewer: null)).Count));
    }

    [Fact]
    public async Task Add_FromAPreparationMeeting_ByAFacilitatorOutsideTheLivedExpertGroup_AsIfItWereNotThere()
    {
        var facilitator = await database.JoinAsync("Fay Facilitator", role: CommunityRole.Facilitator);
        var livedExpert = await database.MembershipAsync("Lin Expert");
        livedExpert.InLivedExpertGroup = true;
        await database.Db.SaveChangesAsync();
        var said = await SayAsync(await database.SessionAsync(1, Today.AddDays(-3), kind: SessionKind.PreparationMeeting), livedExpert.PersonId, "Pay carers for their time");
        var fromIt = new Asks.NewAsk(null, AskSource.Contribution, said, null, null, null, null, Guid.NewGuid());

        var refused = await Asks().AddAsync(database.Community.Id, fromIt, facilitator.Id);

        Assert.Equal(Core.YouSaidWeDid.Asks.Outcome.Invalid, refused.Outcome);
        var notThere = await Asks().AddAsync(database.Community.Id, fromIt with { ContributionId = Guid.NewGuid(), SubmissionKey = Guid.NewGuid() }, facilitator.Id);
        Assert.Equal(notThere.Problems, refused.Problems);
        Assert.Contains(new Problem(nameof(Core.YouSaidWeDid.Asks.NewAsk.ContributionId), "Choose a contribution from this community"), refused.Problems);
        Assert.Equal(
            ((string?)null, "Pay carers for their time"),
            (await Asks().StartingWordsAsync(database.Community.Id, fromIt, facilitator.Id), await Asks().StartingWordsAsync(database.Community.Id, fromIt, livedExpert.PersonId)));
        Assert.Empty(await Ledger().ReadAsync(database.Community.Id, coLead));
    }

    [Fact]
    public async Task Acknowledgements_NotUpheldBeforeTheNextSession_OnItsRunningOrderUntilTickedOffThere()
    {
        var session2 = await database.SessionAsync(2, Today.AddDays(-1));
        var session3 = await database.SessionAsync(3, Today.AddDays(27));
        var session4 = await database.SessionAsync(4, Today.AddDays(55));
        var notUpheld = await AddAsync("Move the sessions to evenings");
        var stillOpen = await AddAsync("Share the charter in easy read");
        await Asks().UpdateAsync(database.Community.Id, notUpheld.Id, To(AskStatus.NotUpheld, reason: "The venue closes at five"), coLead);

        var atSession2 = await Acknowledgements().ForSessionAsync(session2, coLead);
        var atSession3 = await Acknowledgements().ForSessionAsync(session3, coLead);

        Assert.Empty(atSession2);
        var item = Assert.Single(atSession3);
        Assert.Equal((notUpheld.Id, AskStatus.NotUpheld, "The venue closes at five", false), (item.Line.Ask.Id, item.Change.To, item.Change.Decision.Reason, item.Acknowledged));
        Assert.DoesNotContain(atSession3, a => a.Line.Ask.Id == stillOpen.Id);

        database.Clock.Advance(TimeSpan.FromDays(27));
        Assert.True(await Acknowledgements().AcknowledgeAsync(session3, notUpheld.Id, coLead.PersonId));
        Assert.True(await Acknowledgements().AcknowledgeAsync(session3, notUpheld.Id, coLead.PersonId));

        Assert.True(Assert.Single(await Acknowledgements().ForSessionAsync(session3, coLead)).Acknowledged);
        Assert.Empty(await Acknowledgements().ForSessionAsync(session4, coLead));
    }

    private async Task<Guid> SayAsync(Session session, Guid personId, string text)
    {
        var room = new Room { SessionId = session.Id, State = RoomState.Closed, CreatedAt = session.StartsAt };
        database.Db.Rooms.Add(room);
        var contribution = new Contribution
        {
            Id = Guid.CreateVersion7(), RoomId = room.Id, Sequence = ++room.LastSequence, Kind = ContributionKind.Text,
            PersonId = personId, Text = text, CreatedAt = session.StartsAt,
        };
        database.Db.Contributions.Add(contribution);
        await database.Db.SaveChangesAsync();
        return contribution.Id;
    }

    private async Task<SessionFeedback> AnswerAsync(QuoteConsent consent, string? useful, string nextAction, bool shared)
    {
        var session = await database.SessionAsync(2, Today.AddDays(-7));
        var answerer = await database.MembershipAsync("Ama Asker");
        answerer.QuoteConsent = consent;
        answerer.Naming = Naming.FullName;
        answerer.JobRole = "Carer";
        answerer.Organisation = "Harbour Carers";
        database.Db.Attendance.Add(new Attendee
        {
            SessionId = session.Id, PersonId = answerer.PersonId, Source = AttendanceSource.Marked, RecordedById = database.RecorderId, RecordedAt = session.EndsAt,
        });
        await database.Db.SaveChangesAsync();
        var result = await new NextActions(database.NewContext(), database.Clock).AnswerAsync(session.Id, answerer.PersonId, new NextActions.Answer(useful, nextAction, shared));
        return result.Answer!;
    }
}
