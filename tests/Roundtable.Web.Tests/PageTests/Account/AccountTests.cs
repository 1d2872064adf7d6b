using System.Net;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Account;

[Collection(SharedApps.People)]
public class AccountTests(RoundtableApp app)
{
    [Fact]
    public async Task Get_Account_ShowsTheirDetailsAndCommunities()
    {
        var community = await app.CreateCommunityAsync();
        var person = await app.CreatePersonAsync("Sam Account");
        await app.JoinAsync(community, person, CommunityRole.Member, livedExpertGroup: true);

        var page = await (await app.BrowserForAsync(person)).GetDocumentAsync("/account");

        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("Sam Account", text, StringComparison.Ordinal);
        Assert.Contains(person.Email!, text, StringComparison.Ordinal);
        Assert.Contains("Member, lived-expert group", text, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"main a[href='/communities/{community.Slug}']"));
        Assert.Equal("/account/calendar", page.GetElementById("calendar-link")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("", "Enter the name you would like us to use")]
    [InlineData("    ", "Enter the name you would like us to use")]
    public async Task Post_Name_Empty_ShowsTheProblem(string typed, string message)
    {
        var browser = await app.BrowserForAsync(await app.CreatePersonAsync());

        using var response = await browser.SubmitAsync("/account/name", new Dictionary<string, string> { ["DisplayName"] = typed });

        var page = await response.ToDocumentAsync();
        Assert.Equal(message, page.ErrorFor("DisplayName"));
        Assert.Equal([message], page.ErrorSummary());
    }

    [Fact]
    public async Task Post_Name_Overlong_SaysTheLimitAndKeepsIt()
    {
        var browser = await app.BrowserForAsync(await app.CreatePersonAsync());
        var typed = new string('n', 101);

        using var response = await browser.SubmitAsync("/account/name", new Dictionary<string, string> { ["DisplayName"] = typed });

        var page = await response.ToDocumentAsync();
        Assert.Equal("Name must be 100 characters or fewer (you have 101)", page.ErrorFor("DisplayName"));
        Assert.Equal(typed, page.GetElementById("DisplayName")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Post_Name_SavesItAndTheHeaderUsesIt()
    {
        var person = await app.CreatePersonAsync("Old Name");
        var browser = await app.BrowserForAsync(person);

        using var response = await browser.SubmitAsync("/account/name", new Dictionary<string, string> { ["DisplayName"] = " Fresh Name " });

        Assert.Equal("/account", response.Headers.Location?.OriginalString);
        var page = await browser.GetDocumentAsync("/account");
        Assert.Equal("Your name has been saved.", page.Notice());
        Assert.Contains("Fresh Name", page.QuerySelector("header")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Fresh Name", await app.WithDbAsync(db => db.Users.Where(p => p.Id == person.Id).Select(p => p.DisplayName).SingleAsync()));
    }

    [Fact]
    public async Task Post_Welcome_TakesThemWhereTheyWereGoing()
    {
        var browser = await app.BrowserForAsync(await app.CreatePersonAsync(name: null));

        using var response = await browser.SubmitAsync("/account/name?welcome=true&returnUrl=%2Fprivacy",
            new Dictionary<string, string> { ["DisplayName"] = "Newcomer" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/privacy", response.Headers.Location?.OriginalString);
        Assert.Equal("Welcome to Roundtable, Newcomer.", (await browser.GetDocumentAsync("/privacy")).Notice());
    }
}
