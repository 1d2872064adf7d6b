using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Security;
using Roundtable.Tests.Shared;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Calendar;

// /account/calendar: making, replacing and stopping a person's calendar link.
[Collection(SharedApps.People)]
public class AccountCalendarTests(RoundtableApp app)
{
    private const string Page = "/account/calendar";

    private static string? ShownLink(IDocument page) => page.QuerySelector("#calendar-link")?.GetAttribute("value");

    private static string TokenOf(string link) =>
        new Uri(link).AbsolutePath["/calendar/".Length..^".ics".Length];

    private Task<List<CalendarFeed>> FeedsOfAsync(Person person) =>
        app.WithDbAsync(db => db.CalendarFeeds.AsNoTracking().Where(f => f.PersonId == person.Id).ToListAsync());

    private static async Task<string> MakeAsync(HttpClient browser)
    {
        using var response = await browser.SubmitAsync(Page, selector: "#make");
        var page = await browser.FollowAsync(response);
        return ShownLink(page) ?? throw new InvalidOperationException("No link was shown.");
    }

    [Fact]
    public async Task Get_WithNoLink_ExplainsAndOffersToMakeOne()
    {
        var browser = await app.BrowserForAsync(await app.CreatePersonAsync());

        var page = await browser.GetDocumentAsync(Page);

        Assert.Equal("Your sessions in your calendar", page.Heading());
        Assert.NotNull(page.QuerySelector("#no-link"));
        Assert.Equal("Make my calendar link", page.QuerySelector("#make button")?.TextContent.Trim());
        Assert.Null(page.QuerySelector("#stop"));
        Assert.Null(ShownLink(page));
    }

    [Fact]
    public async Task Post_Make_ShowsTheLinkOnceAndKeepsOnlyItsHash()
    {
        var person = await app.CreatePersonAsync();
        var browser = await app.BrowserForAsync(person);

        using var response = await browser.SubmitAsync(Page, selector: "#make");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var shown = await browser.FollowAsync(response);
        var link = ShownLink(shown);
        Assert.NotNull(link);
        Assert.StartsWith("http://localhost/calendar/cal_", link, StringComparison.Ordinal);
        Assert.Equal("webcal://localhost" + new Uri(link).AbsolutePath, shown.QuerySelector("#new-link a")?.GetAttribute("href"));
        var feed = Assert.Single(await FeedsOfAsync(person));
        Assert.Equal(SecretToken.Hash(TokenOf(link)), feed.TokenHash);
        Assert.DoesNotContain(TokenOf(link), feed.TokenHash, StringComparison.Ordinal);
        var again = await browser.GetDocumentAsync(Page);
        Assert.Null(ShownLink(again));
        Assert.DoesNotContain(TokenOf(link), again.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Contains($"You made your calendar link on {TestClock.ShortDate(app.Today)}", again.QuerySelector("#has-link")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Make_TheLinkOpensTheirCalendarWithoutSigningIn()
    {
        var community = await app.CreateCommunityAsync();
        var person = await app.CreatePersonAsync();
        await app.JoinAsync(community, person);
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(20));
        await app.SignUpAsync(session, person);
        var browser = await app.BrowserForAsync(person);

        var link = await MakeAsync(browser);

        var calendar = await app.CreateBrowser().GetCalendarAsync(new Uri(link).AbsolutePath);
        Assert.True(calendar.Event(CalendarTestData.Uid(session)).HasMeetingLink());
    }

    [Fact]
    public async Task Post_Make_TheSameFormTwice_MakesOneLinkAndShowsItBothTimes()
    {
        var person = await app.CreatePersonAsync();
        var browser = await app.BrowserForAsync(person);
        var form = (await browser.GetDocumentAsync(Page)).Form("#make");

        using var first = await browser.SubmitAsync(form);
        var firstLink = ShownLink(await browser.FollowAsync(first));
        using var second = await browser.SubmitAsync(form);
        var secondLink = ShownLink(await browser.FollowAsync(second));

        Assert.NotNull(firstLink);
        Assert.Equal(firstLink, secondLink);
        var feed = Assert.Single(await FeedsOfAsync(person));
        Assert.Null(feed.RevokedAt);
        using var response = await app.CreateBrowser().GetAsync(new Uri(firstLink).AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_Make_ANewLink_StopsTheOldOne()
    {
        var person = await app.CreatePersonAsync();
        var browser = await app.BrowserForAsync(person);
        var old = await MakeAsync(browser);

        var replacement = await MakeAsync(browser);

        Assert.NotEqual(old, replacement);
        using var oldResponse = await app.CreateBrowser().GetAsync(new Uri(old).AbsolutePath);
        using var newResponse = await app.CreateBrowser().GetAsync(new Uri(replacement).AbsolutePath);
        Assert.Equal(HttpStatusCode.NotFound, oldResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, newResponse.StatusCode);
        Assert.Single(await FeedsOfAsync(person), f => f.RevokedAt is null);
    }

    [Fact]
    public async Task Post_Stop_StopsTheLinkAndSaysSo()
    {
        var person = await app.CreatePersonAsync();
        var browser = await app.BrowserForAsync(person);
        var link = await MakeAsync(browser);

        using var response = await browser.SubmitAsync(Page, selector: "#stop");

        var page = await browser.FollowAsync(response);
        Assert.Equal("Your calendar link has been stopped. Calendars that used it will no longer be updated.", page.Notice());
        Assert.NotNull(page.QuerySelector("#no-link"));
        using var feed = await app.CreateBrowser().GetAsync(new Uri(link).AbsolutePath);
        Assert.Equal(HttpStatusCode.NotFound, feed.StatusCode);
    }

    [Fact]
    public async Task Post_Stop_Twice_IsHarmless()
    {
        var person = await app.CreatePersonAsync();
        var browser = await app.BrowserForAsync(person);
        await MakeAsync(browser);
        var form = (await browser.GetDocumentAsync(Page)).Form("#stop");

        using var first = await browser.SubmitAsync(form);
        using var second = await browser.SubmitAsync(form);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.StatusCode, second.StatusCode));
        Assert.All(await FeedsOfAsync(person), f => Assert.NotNull(f.RevokedAt));
    }

    [Fact]
    public async Task Post_Make_AnOldFormAfterStopping_DoesNotBringTheLinkBack()
    {
        var person = await app.CreatePersonAsync();
        var browser = await app.BrowserForAsync(person);
        var form = (await browser.GetDocumentAsync(Page)).Form("#make");
        using var made = await browser.SubmitAsync(form);
        var link = ShownLink(await browser.FollowAsync(made))!;
        using var stopped = await browser.SubmitAsync(Page, selector: "#stop");

        using var response = await browser.SubmitAsync(form);

        var page = await browser.FollowAsync(response);
        Assert.Equal("That calendar link has been stopped. Make a new one if you need it.", page.Notice());
        Assert.Null(ShownLink(page));
        using var feed = await app.CreateBrowser().GetAsync(new Uri(link).AbsolutePath);
        Assert.Equal(HttpStatusCode.NotFound, feed.StatusCode);
    }

    [Fact]
    public async Task Post_Make_WithAFormFromSomeoneElse_MakesNothing()
    {
        var someoneElse = await app.BrowserForAsync(await app.CreatePersonAsync());
        var sealedToken = (await someoneElse.GetDocumentAsync(Page)).QuerySelector("#make input[name=SealedToken]")!.GetAttribute("value")!;
        var person = await app.CreatePersonAsync();
        var browser = await app.BrowserForAsync(person);

        using var response = await browser.SubmitAsync(Page, new Dictionary<string, string> { ["SealedToken"] = sealedToken }, "#make");

        var page = await browser.FollowAsync(response);
        Assert.Equal("Your calendar link could not be made from that page. Try again.", page.Notice());
        Assert.Empty(await FeedsOfAsync(person));
    }
}
