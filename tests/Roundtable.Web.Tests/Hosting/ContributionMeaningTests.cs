using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;
using Roundtable.Core.Themes;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Themes;
using Roundtable.Web.Tests.Rooms;

namespace Roundtable.Web.Tests.Hosting;

// Each contribution is read by the sentence encoder once, in the background, and its meaning stored
// (ContributionMeaningWorker); suggestions read what is stored and encode only what is not.
public class ContributionMeaningTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task ANewContribution_GetsItsMeaningStoredByTheWorker_ExactlyAsEncodingItNowWouldGive()
    {
        await using var app = await new RoundtableApp { Settings = { ["Themes:EncodeInBackground"] = "true" } }.StartAsync();
        var (_, _, two, _, member) = await app.TwoPastSessionsAsync();

        var said = await app.SayAsync(two, member, "the discharge letter never reached my GP");
        var stored = await StoredAsync(app, said);

        var encodedNow = app.Services.GetRequiredService<SentenceEncoding>().Vectors!.Encode(["the discharge letter never reached my GP"])[0];
        Assert.Equal(SentenceVectors.Model, stored.Model);
        Assert.Equal(SentenceVectors.Quantise(encodedNow), stored.Vector);
    }

    [Fact]
    public async Task Suggestions_AreTheSame_WhetherTheMeaningsAreStoredOrNot_AndTheWorkerStoresTheSameAgain()
    {
        await using var app = await new RoundtableApp { Settings = { ["Themes:EncodeInBackground"] = "true" } }.StartAsync();
        var (community, one, two, coLead, member) = await app.TwoPastSessionsAsync();
        var chair = await app.SayAsync(one, member, "we should chair the board ourselves");
        var cake = await app.SayAsync(one, member, "bring cake next time");
        await app.ThemeAsync(community, coLead, "People in charge of their own support", chair);
        await app.ThemeAsync(community, coLead, "Lunch", cake);
        var asked = new List<Guid>
        {
            await app.SayAsync(two, member, "let us run it ourselves"),
            await app.SayAsync(two, member, "the sandwiches were lovely"),
            await app.SayAsync(two, null, "soup and biscuits please"),
        };
        foreach (var id in asked.Append(chair).Append(cake))
        {
            await StoredAsync(app, id);
        }

        var fromStored = Flatten(await SuggestAsync(app, community.Id, two.Id));
        var storedBefore = await app.WithDbAsync(db => db.ContributionMeanings.AsNoTracking().OrderBy(m => m.ContributionId).ToListAsync());
        await app.WithDbAsync(db => db.ContributionMeanings.ExecuteDeleteAsync());
        var withNoneStored = Flatten(await SuggestAsync(app, community.Id, two.Id));
        foreach (var id in asked.Append(chair).Append(cake))
        {
            await StoredAsync(app, id);
        }

        var storedAfter = await app.WithDbAsync(db => db.ContributionMeanings.AsNoTracking().OrderBy(m => m.ContributionId).ToListAsync());

        Assert.Equal(fromStored, withNoneStored);
        Assert.Equal(3, fromStored.Count(s => s.Rank == 0));
        Assert.Equal(storedBefore.Select(m => (m.ContributionId, Convert.ToHexString(m.Vector))), storedAfter.Select(m => (m.ContributionId, Convert.ToHexString(m.Vector))));
    }

    [Fact]
    public async Task ADeletedContribution_LosesItsStoredMeaning_AndTheWorkerDoesNotEncodeItAgain()
    {
        await using var app = await new RoundtableApp { Settings = { ["Themes:EncodeInBackground"] = "true" } }.StartAsync();
        var (_, _, two, _, member) = await app.TwoPastSessionsAsync();
        var said = await app.SayAsync(two, member, "I want to take this back");
        await StoredAsync(app, said);
        var roomId = await app.WithDbAsync(db => db.Contributions.Where(c => c.Id == said).Select(c => c.RoomId).SingleAsync());

        var deleted = await app.UseAsync<Contributions, ContributionResult>(c => c.DeleteAsync(roomId, said, Participant.Member(member.Id)));
        var later = await app.SayAsync(two, member, "something said after it");
        await StoredAsync(app, later);

        Assert.Equal(ContributionOutcome.Added, deleted.Outcome);
        Assert.False(await app.WithDbAsync(db => db.ContributionMeanings.AnyAsync(m => m.ContributionId == said)));
    }

    [Fact]
    public async Task WithTheEncoderSwitchedOff_NothingIsStored_AndSuggestionsStillCome()
    {
        await using var app = await new RoundtableApp { Settings = { ["Themes:SentenceEncoder"] = "false", ["Themes:EncodeInBackground"] = "true" } }.StartAsync();
        var (community, one, two, coLead, member) = await app.TwoPastSessionsAsync();
        await app.ThemeAsync(community, coLead, "Lunch", await app.SayAsync(one, member, "sandwiches and soup were lovely"));
        await app.SayAsync(two, member, "more soup next time");

        var suggestions = await SuggestAsync(app, community.Id, two.Id);

        Assert.Equal("Lunch", Assert.Single(suggestions.Unassigned).Likeliest[0].Title);
        Assert.False(await app.WithDbAsync(db => db.ContributionMeanings.AnyAsync()));
    }

    // Waits, without sleeping, for the worker to store the meaning: each write wakes this to look again.
    private static async Task<ContributionMeaning> StoredAsync(RoundtableApp app, Guid contributionId)
    {
        var writes = app.Services.GetRequiredService<DatabaseWrites>();
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var nextWrite = writes.NextWrite;
            var stored = await app.WithDbAsync(db => db.ContributionMeanings.AsNoTracking().SingleOrDefaultAsync(m => m.ContributionId == contributionId));
            if (stored is not null)
            {
                return stored;
            }

            await nextWrite.WaitAsync(timeout.Token);
        }
    }

    private static async Task<SessionSuggestions> SuggestAsync(RoundtableApp app, Guid communityId, Guid sessionId)
    {
        SessionSuggestions suggestions = null!;
        await app.WithScopeAsync(async services => suggestions = await services.GetRequiredService<ThemeSuggestions>().ForSessionAsync(communityId, sessionId, null));
        return suggestions;
    }

    private static List<(Guid Contribution, int Rank, Guid Theme, double Score)> Flatten(SessionSuggestions suggestions) =>
        suggestions.Unassigned
            .SelectMany(u => u.Likeliest.Select((s, rank) => (u.Contribution.Id, rank, s.ThemeId, s.Score)))
            .ToList();
}
