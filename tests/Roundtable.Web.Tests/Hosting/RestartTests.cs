using System.Net;
using Microsoft.EntityFrameworkCore;
using Roundtable.Tests.Shared;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Hosting;

public class RestartTests
{
    [Fact]
    public async Task Restart_KeepsPeopleSignedIn()
    {
        await using var database = await TestDatabase.CreateAsync();
        string cookie;
        await using (var before = await new RoundtableApp { ExistingDatabase = database }.StartAsync())
        {
            var person = await before.CreatePersonAsync("Still Here");
            var token = await before.IssueLinkAsync(person.Email!);
            var browser = before.CreateBrowser();
            var form = (await browser.GetDocumentAsync($"/sign-in/link?token={token}")).Form();
            using var signedIn = await browser.SubmitAsync(form);
            cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("roundtable.session=", StringComparison.Ordinal)).Split(';')[0];
        }

        await using var after = await new RoundtableApp { ExistingDatabase = database }.StartAsync();
        var sameBrowser = after.CreateBrowser();
        sameBrowser.DefaultRequestHeaders.Add("Cookie", cookie);

        using var response = await sameBrowser.GetAsync("/account");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Still Here", (await response.ToDocumentAsync()).QuerySelector("header")!.TextContent, StringComparison.Ordinal);
        Assert.NotEqual(0, await after.WithDbAsync(db => db.DataProtectionKeys.CountAsync()));
    }

    [Fact]
    public async Task Restart_WithDemoData_LoadsItOnceOnly()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var first = await new RoundtableApp { ExistingDatabase = database, Settings = { ["App:LoadDemoData"] = "true" } }.StartAsync())
        {
            Assert.Equal(4, await first.WithDbAsync(db => db.Communities.CountAsync()));
        }

        await using var second = await new RoundtableApp { ExistingDatabase = database, Settings = { ["App:LoadDemoData"] = "true" } }.StartAsync();

        Assert.Equal(4, await second.WithDbAsync(db => db.Communities.CountAsync()));
        var home = await second.CreateBrowser().GetDocumentAsync("/");
        Assert.Equal(4, home.QuerySelectorAll("main a.nhsuk-card__link").Length);
        Assert.Equal(4, await second.WithDbAsync(db => db.CharterVersions.Select(v => v.CommunityId).Distinct().CountAsync()));
    }
}
