using System.Net;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Security;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.SignIn;

// A sign-in is a session on the server: ending it there stops every copy of its cookie, and it
// lasts hours, or months for someone who chose to stay signed in on their own device.
public class SessionTests(RoundtableApp app) : IClassFixture<RoundtableApp>
{
    private static readonly Uri Site = new("http://localhost");

    private async Task<(HttpClient Browser, CookieContainer Cookies)> SignedInAsync(string email, bool staySignedIn)
    {
        var cookies = new CookieContainer();
        var browser = app.CreateBrowser(cookies);
        await app.SignInAsync(browser, email, staySignedIn);
        return (browser, cookies);
    }

    // Another browser holding a copy of the cookie, as someone who stole it would.
    private HttpClient CopyOf(CookieContainer cookies)
    {
        var copy = new CookieContainer();
        copy.SetCookies(Site, cookies.GetCookieHeader(Site).Replace("; ", ",", StringComparison.Ordinal));
        return app.CreateBrowser(copy);
    }

    private static async Task<bool> IsSignedInAsync(HttpClient browser)
    {
        using var account = await browser.GetAsync("/account");
        Assert.True(account.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"/account answered {(int)account.StatusCode}");
        return account.StatusCode == HttpStatusCode.OK;
    }

    private static Cookie SessionCookieIn(CookieContainer cookies) =>
        Assert.Single(cookies.GetCookies(Site), cookie => cookie.Name == "roundtable.session");

    [Fact]
    public async Task Post_SignOut_ACopiedCookieStopsWorkingToo()
    {
        var person = await app.CreatePersonAsync();
        var (browser, cookies) = await SignedInAsync(person.Email!, staySignedIn: true);
        var copy = CopyOf(cookies);
        Assert.True(await IsSignedInAsync(copy));

        using (await browser.SubmitAsync("/sign-out"))
        {
        }

        Assert.False(await IsSignedInAsync(copy));
        Assert.False(await IsSignedInAsync(browser));
    }

    [Fact]
    public async Task Post_SignOut_EndsOnlyThatSession()
    {
        var person = await app.CreatePersonAsync();
        var (phone, _) = await SignedInAsync(person.Email!, staySignedIn: true);
        var (laptop, _) = await SignedInAsync(person.Email!, staySignedIn: false);

        using (await laptop.SubmitAsync("/sign-out"))
        {
        }

        Assert.True(await IsSignedInAsync(phone));
        Assert.False(await IsSignedInAsync(laptop));
    }

    [Fact]
    public async Task Post_SignOutOfEveryDevice_EndsEverySessionThisOneTooAndSaysSo()
    {
        var person = await app.CreatePersonAsync();
        var someoneElse = await app.CreatePersonAsync();
        var (phone, _) = await SignedInAsync(person.Email!, staySignedIn: true);
        var (laptop, laptopCookies) = await SignedInAsync(person.Email!, staySignedIn: false);
        var copy = CopyOf(laptopCookies);
        var (theirs, _) = await SignedInAsync(someoneElse.Email!, staySignedIn: true);

        using var response = await laptop.SubmitAsync("/account", selector: "form[action*=SignOutEverywhere]");

        Assert.Equal("/", response.Headers.Location?.OriginalString);
        Assert.Equal("You have signed out on every device, including this one.", (await laptop.GetDocumentAsync("/")).Notice());
        Assert.False(await IsSignedInAsync(laptop));
        Assert.False(await IsSignedInAsync(phone));
        Assert.False(await IsSignedInAsync(copy));
        Assert.True(await IsSignedInAsync(theirs));
        Assert.Equal(0, await app.WithDbAsync(db => db.SignedInSessions.CountAsync(s => s.PersonId == person.Id)));
    }

    [Fact]
    public async Task Post_SignOutOfEveryDevice_SignedOut_IsSentToSignIn()
    {
        var browser = app.CreateBrowser();

        using var response = await browser.PostWithTokenAsync("/account?handler=SignOutEverywhere");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/sign-in?", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Link_OffersToStaySignedIn_NotChosenUntilTheyChooseIt()
    {
        var token = await app.IssueLinkAsync((await app.CreatePersonAsync()).Email!);

        var page = await app.CreateBrowser().GetDocumentAsync($"/sign-in/link?token={token}");

        var box = page.GetElementById("StaySignedIn");
        Assert.NotNull(box);
        Assert.Equal("checkbox", box.GetAttribute("type"));
        Assert.False(box.HasAttribute("checked"));
        Assert.Equal("Stay signed in on this device", page.QuerySelector("label[for=StaySignedIn]")?.TextContent.Trim());
        Assert.Contains("Do not choose this on a computer other people use.", page.QuerySelector("main form")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Link_StayingSignedIn_KeepsACookieBeyondTheBrowserAndTheSessionStoredHashed()
    {
        var person = await app.CreatePersonAsync();

        var (_, cookies) = await SignedInAsync(person.Email!, staySignedIn: true);

        var cookie = SessionCookieIn(cookies);
        Assert.True(cookie.Expires > DateTime.Now.AddDays(80), $"The cookie expires {cookie.Expires}");
        var session = await app.WithDbAsync(db => db.SignedInSessions.SingleAsync(s => s.PersonId == person.Id));
        Assert.True(session.StaySignedIn);
        Assert.Equal(SecretToken.HashLength, session.KeyHash.Length);
    }

    [Fact]
    public async Task Post_Link_NotStayingSignedIn_CookieGoesWithTheBrowser()
    {
        var person = await app.CreatePersonAsync();

        var (_, cookies) = await SignedInAsync(person.Email!, staySignedIn: false);

        Assert.Equal(DateTime.MinValue, SessionCookieIn(cookies).Expires);
        Assert.False((await app.WithDbAsync(db => db.SignedInSessions.SingleAsync(s => s.PersonId == person.Id))).StaySignedIn);
    }

    [Fact]
    public async Task Get_StayingSignedIn_StillSignedInAfterAMonthOfUse()
    {
        await using var own = await new RoundtableApp().StartAsync();
        var person = await own.CreatePersonAsync();
        var cookies = new CookieContainer();
        var phone = own.CreateBrowser(cookies);
        await own.SignInAsync(phone, person.Email!, staySignedIn: true);

        foreach (var _ in Enumerable.Range(0, 5))
        {
            own.Clock.Advance(TimeSpan.FromDays(7));
            Assert.True(await IsSignedInAsync(phone));
        }

        // Unused for longer than a day-to-day session lasts, well within its own 90 days.
        own.Clock.Advance(TimeSpan.FromDays(60));
        Assert.True(await IsSignedInAsync(phone));
    }

    [Fact]
    public async Task Get_StayingSignedIn_UnusedFor90Days_HasEnded()
    {
        await using var own = await new RoundtableApp().StartAsync();
        var person = await own.CreatePersonAsync();
        var phone = own.CreateBrowser();
        await own.SignInAsync(phone, person.Email!, staySignedIn: true);

        own.Clock.Advance(TimeSpan.FromDays(90));

        Assert.False(await IsSignedInAsync(phone));
    }

    [Fact]
    public async Task Get_NotStayingSignedIn_EndsTwelveHoursAfterItWasLastUsed()
    {
        await using var own = await new RoundtableApp().StartAsync();
        var person = await own.CreatePersonAsync();
        var shared = own.CreateBrowser();
        await own.SignInAsync(shared, person.Email!, staySignedIn: false);

        own.Clock.Advance(TimeSpan.FromHours(11));
        var stillIn = await IsSignedInAsync(shared);
        own.Clock.Advance(TimeSpan.FromHours(12));

        Assert.True(stillIn);
        Assert.False(await IsSignedInAsync(shared));
    }

    [Fact]
    public async Task Get_NotStayingSignedIn_UsedEveryFewHours_IsExtended()
    {
        await using var own = await new RoundtableApp().StartAsync();
        var person = await own.CreatePersonAsync();
        var cookies = new CookieContainer();
        var shared = own.CreateBrowser(cookies);
        await own.SignInAsync(shared, person.Email!, staySignedIn: false);

        foreach (var _ in Enumerable.Range(0, 4))
        {
            own.Clock.Advance(TimeSpan.FromHours(8));
            Assert.True(await IsSignedInAsync(shared));
        }

        // 32 hours after signing in, and still a cookie for this browser only.
        Assert.Equal(DateTime.MinValue, SessionCookieIn(cookies).Expires);
    }
}
