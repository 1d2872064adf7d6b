using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.EndToEndTests;

// The journey "you said, we did" is judged by: after session 1, a co-lead records a request, marks
// it not upheld (first forgetting the reason, then giving it), and at session 2 it is on the running
// order under "What we heard and what we have changed", where she ticks it off as acknowledged.
// axe checks every page state on the way.
[Collection(BrowserCollection.Name)]
public sealed class YouSaidWeDidJourneyTests(BrowserFixture app)
{
    [Fact]
    public async Task Journey_RequestNotUpheld_IsAcknowledgedOnTheNextSessionsRunningOrder()
    {
        var unique = Guid.NewGuid().ToString("N")[..6];
        var coLead = new TestCommunities.Member("Nia Pryce", $"nia-{unique}@example.org", CommunityRole.CoLead);
        var slug = await TestCommunities.CreateAsync(app.Server, $"Ledger {unique}", [coLead]);
        await SessionsAsync(app.Server, slug);
        var audit = new AxeAudit();
        var context = await app.NewSignedInContextAsync(coLead.Email);
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/communities/{slug}/you-said-we-did");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a request" }).ClickAsync();
        await page.GetByLabel("What was asked").FillAsync("Hold some sessions in the evening");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the request" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Hold some sessions in the evening");
        await audit.CheckAsync(page);

        await page.GetByLabel("Not upheld").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Say why it is not upheld");
        await audit.CheckAsync(page);
        await page.GetByLabel("Why, or a note about the change").FillAsync("The venue closes at five");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Not upheld");
        await Assertions.Expect(page.Locator("#history")).ToContainTextAsync("The venue closes at five");
        await audit.CheckAsync(page);

        await page.GotoAsync($"/communities/{slug}/sessions/2");
        var list = page.Locator("#acknowledgements");
        await Assertions.Expect(list.Locator("h3")).ToHaveTextAsync("What we heard and what we have changed");
        await Assertions.Expect(list).ToContainTextAsync("Hold some sessions in the evening");
        await Assertions.Expect(list).ToContainTextAsync("The venue closes at five");
        await audit.CheckAsync(page);
        // The button's name carries the request's words (visually hidden), so each button says which it ticks.
        await list.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Acknowledged\\W+Hold some sessions in the evening$") }).ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Acknowledged at this session.");
        await Assertions.Expect(page.Locator("#acknowledgements .nhsuk-tag--green")).ToHaveTextAsync("Acknowledged");
        await audit.CheckAsync(page);

        await context.CloseAsync();
        audit.AssertClean();
    }

    // Session 1 two weeks ago and session 2 in two weeks.
    private static async Task SessionsAsync(RoundtableServer server, string slug)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RoundtableDb>();
        var community = db.Communities.Single(c => c.Slug == slug);
        var now = server.Clock.GetUtcNow();
        Session Meeting(int number, int days) => new()
        {
            CommunityId = community.Id, Kind = SessionKind.Session, Number = number, Topic = $"Session {number}",
            StartsAt = now.AddDays(days), EndsAt = now.AddDays(days).AddHours(2), Format = SessionFormat.Online,
            CreatedAt = now, UpdatedAt = now,
        };
        db.Sessions.AddRange(Meeting(1, -14), Meeting(2, 14));
        await db.SaveChangesAsync();
    }
}
