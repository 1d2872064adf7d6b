using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;

namespace Roundtable.EndToEndTests;

// The journey a staff briefing is judged by: Brackenmouth's co-lead drafts one for session 2, edits
// a line (naming a member), is stopped from publishing by the "safe to share" check, takes the name
// out and publishes; the published version prints on one A4 page from Chromium; she sends it to
// the email list and it reaches the outbox. axe checks every page state on the way.
[Collection(BrowserCollection.Name)]
public sealed partial class ReportsJourneyTests(BrowserFixture app)
{
    private const string Slug = DemoPeople.CoLeadCommunitySlug;

    [Fact]
    public async Task Journey_StaffBriefing_DraftedEditedCheckedPublishedPrintedOnOnePageAndSent()
    {
        var member = await MemberNameAsync();
        var audit = new AxeAudit();
        var context = await app.NewSignedInContextAsync(DemoPeople.CoLeadEmail);
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/communities/{Slug}/reports");
        await audit.CheckAsync(page);
        await page.GetByRole(AriaRole.Button, new() { NameRegex = DraftForSession2() }).ClickAsync();
        await Assertions.Expect(page.Locator("#version")).ToContainTextAsync("Version 1, draft");
        await Assertions.Expect(page.Locator("#figures li")).ToHaveCountAsync(4);
        var reportUrl = page.Url;
        await audit.CheckAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Edit the words of this report" }).ClickAsync();
        await audit.CheckAsync(page);
        var firstLine = page.GetByLabel("What we did, line 1", new() { Exact = true });
        var drafted = await firstLine.InputValueAsync();
        await firstLine.FillAsync($"{drafted} Thanks to {member} for the room.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save as a new draft" }).ClickAsync();
        await Assertions.Expect(page.Locator("#version")).ToContainTextAsync("Version 2, draft");
        await Assertions.Expect(page.Locator("#line-0-0")).ToContainTextAsync($"Thanks to {member}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish version 2" }).ClickAsync();
        var summary = page.Locator("#findings-summary");
        await Assertions.Expect(summary).ToContainTextAsync("This report is not yet safe to share");
        await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(Regex.Escape(member)) }).First).ToHaveAttributeAsync("href", "#line-0-0");
        await audit.CheckAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Edit the words of this report" }).ClickAsync();
        await firstLine.FillAsync(drafted);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save as a new draft" }).ClickAsync();
        await Assertions.Expect(page.Locator("#version")).ToContainTextAsync("Version 3, draft");
        // Names the drafter kept because their people agreed to be named are confirmed, not edited out.
        foreach (var keep in await page.GetByLabel(new Regex("^Keep ")).AllAsync())
        {
            await keep.CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish version 3" }).ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Version 3 is published.");
        await Assertions.Expect(page.Locator("#version .nhsuk-tag")).ToHaveTextAsync("Published");
        Assert.EndsWith("/versions/3", page.Url, StringComparison.Ordinal);
        await audit.CheckAsync(page);

        var pdf = await page.PdfAsync(new() { Format = "A4", PreferCSSPageSize = true, PrintBackground = true });
        Assert.Equal(1, PdfPages(pdf));

        await page.GetByRole(AriaRole.Button, new() { Name = "Send to the email list" }).ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("It is being sent to the email list");
        await Assertions.Expect(page.Locator("#sent")).ToContainTextAsync("Sent to the email list");
        await audit.CheckAsync(page);
        var title = await page.Locator("#title").InnerTextAsync();

        await SentAsync(title);
        var admin = await (await app.NewSiteAdminContextAsync()).NewPageAsync();
        await admin.GotoAsync("/admin/outbox");
        await Assertions.Expect(admin.GetByRole(AriaRole.Main)).ToContainTextAsync(title);
        Assert.Contains(reportUrl.Split('/').Last(), page.Url, StringComparison.Ordinal);

        await context.CloseAsync();
        audit.AssertClean();
    }

    // Page objects in the PDF Chromium wrote (its page tree is not compressed): /Type /Page, not /Pages.
    private static int PdfPages(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    // Waits (up to 30 seconds) for the background sender to put the first copy in the outbox.
    private async Task SentAsync(string subject)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var every = new PeriodicTimer(TimeSpan.FromMilliseconds(200));
        while (await every.WaitForNextTickAsync(timeout.Token))
        {
            await using var scope = app.Server.Services.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<RoundtableDb>().Outbox.AnyAsync(m => m.Subject == subject, timeout.Token))
            {
                return;
            }
        }
    }

    // A member of Brackenmouth who is not a co-lead, by the name the check knows them by.
    private async Task<string> MemberNameAsync()
    {
        await using var scope = app.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RoundtableDb>();
        return await db.Memberships.Where(m => m.Community.Slug == Slug && m.Role == CommunityRole.Member && m.Person.DisplayName != null)
            .OrderBy(m => m.Person.Email).Select(m => m.Person.DisplayName!).FirstAsync();
    }

    [GeneratedRegex(@"^Draft a staff briefing\W+for session 2$")]
    private static partial Regex DraftForSession2();

    [GeneratedRegex(@"/Type\s*/Page(?![A-Za-z])")]
    private static partial Regex PageObject();
}
