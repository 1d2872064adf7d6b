using System.Net;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Admin;

public class OutboxTests(RoundtableApp app) : IClassFixture<RoundtableApp>
{
    private async Task<HttpClient> AdminAsync()
    {
        var admin = await app.CreatePersonAsync("Site Admin");
        await app.MakeSiteAdminAsync(admin);
        return await app.BrowserForAsync(admin);
    }

    [Fact]
    public async Task Get_Outbox_ListsEmailsAndShowsEachWithItsLinkClickable()
    {
        var email = $"{TestData.Unique("reader")}@example.org";
        using (await app.CreateBrowser().SubmitAsync("/sign-in", new Dictionary<string, string> { ["Input.Email"] = email }))
        {
        }

        var admin = await AdminAsync();

        var outbox = await admin.GetDocumentAsync("/admin/outbox");
        var row = outbox.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(email, StringComparison.Ordinal));
        var message = await admin.GetDocumentAsync(row.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal("Your link to sign in to Roundtable", message.Heading());
        var link = message.QuerySelector(".rt-outbox-body a")!;
        Assert.StartsWith("http://localhost/sign-in/link?token=", link.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal(link.GetAttribute("href"), link.TextContent);
        Assert.Null(outbox.QuerySelector(".nhsuk-card--warning"));
    }

    [Fact]
    public async Task Get_OutboxMessage_Unknown_IsNotFound()
    {
        var admin = await AdminAsync();

        using var response = await admin.GetAsync($"/admin/outbox/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_Outbox_InDevelopmentOnThisMachine_IsOpenWithAWarning()
    {
        await using var development = await new RoundtableApp { EnvironmentName = "Development" }.StartAsync();
        var email = $"{TestData.Unique("dev")}@example.org";
        var browser = development.CreateBrowser();
        using (await browser.SubmitAsync("/sign-in", new Dictionary<string, string> { ["Input.Email"] = email }))
        {
        }

        var checkEmail = await browser.GetDocumentAsync("/sign-in/check-email");
        var outbox = await browser.GetDocumentAsync("/admin/outbox");

        Assert.NotNull(checkEmail.QuerySelector("main a[href='/admin/outbox']"));
        Assert.Contains(email, outbox.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Development only", outbox.QuerySelector(".nhsuk-card--warning h2")?.TextContent.Trim());
    }

    [Fact]
    public async Task Get_CheckEmail_OutsideDevelopment_DoesNotPointAtTheOutbox()
    {
        var browser = app.CreateBrowser();

        var page = await browser.GetDocumentAsync("/sign-in/check-email");

        Assert.Null(page.QuerySelector("main a[href='/admin/outbox']"));
    }
}
