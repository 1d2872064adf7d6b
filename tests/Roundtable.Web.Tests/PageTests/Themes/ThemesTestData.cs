using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Themes;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Themes;

// Builders for the theme tests: something said in a meeting's room (written straight to the
// database, as the room would have kept it), and themes decided through Core as a co-lead would.
public static class ThemesTestData
{
    public static string ThemesPath(Community community) => $"/communities/{community.Slug}/themes";

    public static string ThemePath(Community community, Guid themeId) => $"/communities/{community.Slug}/themes/{themeId}";

    public static string FindPath(Community community, Session session) => $"/communities/{community.Slug}/sessions/{session.Number}/themes";

    // A community with a co-lead and a member, and two sessions that have met: five and one weeks ago.
    public static async Task<(Community Community, Session One, Session Two, Person CoLead, Person Member)> TwoPastSessionsAsync(this RoundtableApp app)
    {
        var community = await app.CreateCommunityAsync();
        var coLead = await app.CreatePersonAsync("Cleo Colead");
        var member = await app.CreatePersonAsync("Mina Member");
        await app.JoinAsync(community, coLead, CommunityRole.CoLead);
        await app.JoinAsync(community, member);
        var one = await app.CreateSessionAsync(community, app.Today.AddDays(-35));
        var two = await app.CreateSessionAsync(community, app.Today.AddDays(-7));
        return (community, one, two, coLead, member);
    }

    public static Task<Guid> SayAsync(this RoundtableApp app, Session session, Person? person, string text, bool anonymous = false) =>
        app.WithDbAsync(async db =>
        {
            var room = await db.Rooms.SingleOrDefaultAsync(r => r.SessionId == session.Id);
            if (room is null)
            {
                room = new Room { SessionId = session.Id, State = RoomState.Closed, CreatedAt = session.StartsAt };
                db.Rooms.Add(room);
            }

            room.LastSequence++;
            var contribution = new Contribution
            {
                Id = Guid.CreateVersion7(), RoomId = room.Id, Sequence = room.LastSequence, Kind = ContributionKind.Text,
                PersonId = person?.Id, Anonymous = anonymous, Text = text, CreatedAt = session.StartsAt,
            };
            db.Contributions.Add(contribution);
            await db.SaveChangesAsync();
            return contribution.Id;
        });

    public static async Task<Theme> ThemeAsync(this RoundtableApp app, Community community, Person by, string title, params Guid[] contributions)
    {
        ThemeResult result = null!;
        await app.WithScopeAsync(async services =>
            result = await services.GetRequiredService<ThemeDecisions>().CreateAsync(community.Id, new ThemeDecisions.NewTheme(title, $"What we heard about {title}", contributions), by.Id));
        Assert.Equal(ThemeOutcome.Saved, result.Outcome);
        return result.Theme!;
    }

    public static Task<List<ThemeContribution>> ThemeContributionsAsync(this RoundtableApp app, Guid themeId) =>
        app.WithDbAsync(db => db.ThemeContributions.AsNoTracking().Where(tc => tc.ThemeId == themeId).ToListAsync());

    public static Task<Theme> ThemeNowAsync(this RoundtableApp app, Guid themeId) =>
        app.WithDbAsync(db => db.Themes.AsNoTracking().SingleAsync(t => t.Id == themeId));
}
