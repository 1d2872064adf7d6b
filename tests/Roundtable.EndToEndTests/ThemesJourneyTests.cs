using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Themes;

namespace Roundtable.EndToEndTests;

// The journey the themes work is judged by: at session 1 the co-lead had found two themes about
// getting to the clinic; at session 2, which met online, people said more about both and, new,
// about help from other parents, and she imports its meeting chat. On Find themes she accepts the two suggested themes and makes the group a new theme,
// then merges the two getting-there themes, and session 2's page says "1 deepening, 1 new". axe
// checks every page on the way, and the whole journey runs again with JavaScript off.
[Collection(BrowserCollection.Name)]
public sealed class ThemesJourneyTests(BrowserFixture app)
{
    [Fact]
    public Task Journey_WithJavaScript_WorksAndEveryPageIsAccessible() => ThemesJourney.RunAsync(app, javaScriptEnabled: true, new AxeAudit());
}

[Collection(BrowserCollection.Name)]
public sealed class ThemesJourneyWithoutJavaScriptTests(BrowserFixture app)
{
    [Fact]
    public Task Journey_WithoutJavaScript_Works() => ThemesJourney.RunAsync(app, javaScriptEnabled: false, audit: null);
}

public static class ThemesJourney
{
    public static async Task RunAsync(BrowserFixture app, bool javaScriptEnabled, AxeAudit? audit)
    {
        var unique = Guid.NewGuid().ToString("N")[..6];
        var coLead = new TestCommunities.Member("Nia Pryce", $"nia-{unique}@example.org", CommunityRole.CoLead);
        var member = new TestCommunities.Member("Owain Bevan", $"owain-{unique}@example.org");
        var slug = await TestCommunities.CreateAsync(app.Server, $"Themes {unique}", [coLead, member]);
        await HeldTwoSessionsAsync(app.Server, slug, member.Email);

        var context = await app.NewSignedInContextAsync(coLead.Email, javaScriptEnabled);
        var page = await context.NewPageAsync();
        async Task CheckAsync()
        {
            if (audit is not null)
            {
                await audit.CheckAsync(page);
            }
        }

        // Session 2 met online: what was said there comes in as its meeting chat, pasted.
        await page.GotoAsync($"/communities/{slug}/sessions/2/chat-imports");
        await page.GetByLabel("The chat, pasted").FillAsync(
            "[14:02] Owain Bevan\nno bus to the clinic after six\n" +
            "Rhian Morgan joined the meeting\n" +
            "[14:04] Owain Bevan\nthe taxi fare to the clinic is too much\n" +
            "[14:06] Owain Bevan\npeer support from other parents helped\n" +
            "[14:07] Owain Bevan\nother parents gave peer support 🙂\n");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Import 4 contributions$") }).ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Imported 4 contributions");
        await CheckAsync();

        await page.GotoAsync($"/communities/{slug}/sessions/2");
        await page.GetByRole(AriaRole.Link, new() { Name = "Find themes in what was said" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Find themes");
        await CheckAsync();

        // The two suggested themes, each for what was said about it.
        await SuggestionAsync(page, "no bus to the clinic after six", "Add to", "Getting there").ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Added to “Getting there”.");
        await CheckAsync();
        await SuggestionAsync(page, "the taxi fare to the clinic is too much", "Add to", "Taxi fares").ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Added to “Taxi fares”.");

        // The group of what was said about other parents, as a new theme with her own title.
        var group = page.Locator("#group-0");
        await Assertions.Expect(group).ToContainTextAsync("peer support from other parents helped");
        await group.GetByLabel("Title for the new theme").FillAsync("Help from other parents");
        await group.GetByRole(AriaRole.Button, new() { Name = "Make this a theme" }).ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("“Help from other parents” is now a theme.");
        await CheckAsync();

        // Two themes that are one: taxi fares are part of getting there.
        await page.GotoAsync($"/communities/{slug}/themes");
        await CheckAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Taxi fares" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Taxi fares");
        await CheckAsync();
        await page.GetByLabel("Merge this theme into another").SelectOptionAsync(new SelectOptionValue { Label = "Getting there" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Merge" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Getting there");
        await Assertions.Expect(page.Locator("#timeline")).ToContainTextAsync("the taxi fare to the clinic is too much");
        await CheckAsync();

        await page.GotoAsync($"/communities/{slug}/sessions/2");
        await Assertions.Expect(page.Locator("#themes-summary")).ToHaveTextAsync("1 deepening, 1 new");
        await Assertions.Expect(page.Locator("#session-themes")).ToContainTextAsync("Help from other parents");
        await Assertions.Expect(page.Locator("#session-themes")).ToContainTextAsync("Getting there");
        await CheckAsync();
        await context.CloseAsync();
        audit?.AssertClean();
    }

    // The button for one suggestion beside one contribution.
    private static ILocator SuggestionAsync(IPage page, string said, string action, string theme) =>
        page.Locator("#unassigned > li").Filter(new() { HasText = said })
            .Locator("button").Filter(new() { HasTextRegex = new Regex($"^{action} .{Regex.Escape(theme)}.") });

    // Sessions 1 and 2, both held: at session 1, said in the room, two themes found. Session 2's
    // words come in through its chat, in the journey.
    private static async Task HeldTwoSessionsAsync(RoundtableServer server, string slug, string memberEmail)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RoundtableDb>();
        var community = db.Communities.Single(c => c.Slug == slug);
        var coLeadId = db.Memberships.Single(m => m.CommunityId == community.Id && m.Role == CommunityRole.CoLead).PersonId;
        var memberId = db.Users.Single(p => p.Email == memberEmail).Id;
        var now = server.Clock.GetUtcNow();
        Session Held(int number, int weeksAgo) => new()
        {
            CommunityId = community.Id, Kind = SessionKind.Session, Number = number, Topic = $"Session {number}",
            StartsAt = now.AddDays(-7 * weeksAgo), EndsAt = now.AddDays(-7 * weeksAgo).AddHours(2), Format = SessionFormat.Online,
            CreatedAt = now, UpdatedAt = now,
        };
        var (one, two) = (Held(1, 6), Held(2, 1));
        db.Sessions.AddRange(one, two);
        var said = new List<Guid>();
        foreach (var (session, texts) in new[]
        {
            (one, new[] { "the bus to the clinic never comes", "the taxi fare to the clinic costs a fortune" }),
        })
        {
            var room = new Room { SessionId = session.Id, State = RoomState.Closed, CreatedAt = session.StartsAt };
            db.Rooms.Add(room);
            foreach (var text in texts)
            {
                var contribution = new Contribution
                {
                    Id = Guid.CreateVersion7(), RoomId = room.Id, Sequence = ++room.LastSequence, Kind = ContributionKind.Text,
                    PersonId = memberId, Text = text, CreatedAt = session.StartsAt.AddMinutes(room.LastSequence),
                };
                db.Contributions.Add(contribution);
                said.Add(contribution.Id);
            }
        }

        await db.SaveChangesAsync();
        var decisions = scope.ServiceProvider.GetRequiredService<ThemeDecisions>();
        await decisions.CreateAsync(community.Id, new ThemeDecisions.NewTheme("Getting there", "Buses that do not come", [said[0]]), coLeadId);
        await decisions.CreateAsync(community.Id, new ThemeDecisions.NewTheme("Taxi fares", "What a taxi to the clinic costs", [said[1]]), coLeadId);
    }
}
