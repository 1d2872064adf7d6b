using System.Globalization;
using System.Net;
using Roundtable.Core.SignIn;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.SignIn;

public class RateLimitTests
{
    [Fact]
    public async Task Post_TooManyAttemptsFromOnePlace_Answers429WithAClearPage()
    {
        await using var app = await new RoundtableApp { Settings = { ["SignIn:AttemptsPerWindow"] = "3" } }.StartAsync();
        var browser = app.CreateBrowser();
        var form = (await browser.GetDocumentAsync("/sign-in")).Form();

        for (var i = 0; i < 3; i++)
        {
            using var allowed = await browser.SubmitAsync(form, new Dictionary<string, string> { ["Input.Email"] = "" });
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await browser.SubmitAsync(form, new Dictionary<string, string> { ["Input.Email"] = "" });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter is not null, "429 without Retry-After");
        var page = await refused.ToDocumentAsync();
        Assert.Equal("Too many attempts", page.Heading());
        using var stillReadable = await browser.GetAsync("/sign-in");
        Assert.Equal(HttpStatusCode.OK, stillReadable.StatusCode);
    }

    [Fact]
    public async Task Post_ManyLinksAskedForOneAddress_SendsNoMoreButNeverLocksItsOwnerOut()
    {
        await using var app = await new RoundtableApp { Settings = { ["SignIn:LinksPerEmailPerWindow"] = "2" } }.StartAsync();
        var email = $"{TestData.Unique("flooded")}@example.org";

        // A stranger asks again and again for someone else's address.
        for (var i = 0; i < 5; i++)
        {
            using var asked = await app.CreateBrowser().SubmitAsync("/sign-in", new Dictionary<string, string> { ["Input.Email"] = email });
            Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        }

        // The owner asks too: answered as everyone is, with no third email; the newest sent works.
        var owner = app.CreateBrowser();
        using var ownRequest = await owner.SubmitAsync("/sign-in", new Dictionary<string, string> { ["Input.Email"] = email });
        Assert.Equal(HttpStatusCode.Redirect, ownRequest.StatusCode);
        Assert.Equal("/sign-in/check-email", ownRequest.Headers.Location?.OriginalString);
        Assert.Equal(2, (await app.MessagesToAsync(email)).Count);
        var page = await owner.GetDocumentAsync(await app.LatestSignInLinkAsync(email));
        using var signedIn = await owner.SubmitAsync(page.Form());
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        using var account = await owner.GetAsync("/account");
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);

        app.Clock.Advance(TimeSpan.FromMinutes(11));
        using var later = await app.CreateBrowser().SubmitAsync("/sign-in", new Dictionary<string, string> { ["Input.Email"] = email });
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
        Assert.Equal(3, (await app.MessagesToAsync(email)).Count);
    }

    // Sixty people on one venue's Wi-Fi (one address) each ask for a link and use it, as a room
    // does at the start of a session: every one gets in. A script on the same address that goes on
    // posting is still stopped within the same window.
    [Fact]
    public async Task Post_ARoomOfSixtyOnOneAddress_AllSignInAndAScriptIsStillStopped()
    {
        var limit = new SignInLinkOptions().AttemptsPerWindow;
        await using var app = await new RoundtableApp
        {
            Settings = { ["SignIn:AttemptsPerWindow"] = limit.ToString(CultureInfo.InvariantCulture) },
        }.StartAsync();

        for (var i = 0; i < 60; i++)
        {
            var email = $"{TestData.Unique($"person{i}")}@example.org";
            var phone = app.CreateBrowser();
            using var asked = await phone.SubmitAsync("/sign-in", new Dictionary<string, string> { ["Input.Email"] = email });
            Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
            var page = await phone.GetDocumentAsync(await app.LatestSignInLinkAsync(email));
            using var signedIn = await phone.SubmitAsync(page.Form());
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            using var account = await phone.GetAsync("/account");
            Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        }

        var script = app.CreateBrowser();
        var form = (await script.GetDocumentAsync("/sign-in")).Form();
        var sent = 120;
        HttpStatusCode answer;
        do
        {
            using var response = await script.SubmitAsync(form, new Dictionary<string, string> { ["Input.Email"] = "" });
            answer = response.StatusCode;
            sent++;
        }
        while (answer != HttpStatusCode.TooManyRequests && sent <= limit + 1);

        Assert.Equal(HttpStatusCode.TooManyRequests, answer);
        Assert.Equal(limit + 1, sent);
    }

    [Fact]
    public async Task Post_BehindATrustedProxy_LimitsEachVisitorNotTheProxy()
    {
        await using var app = await new RoundtableApp
        {
            Settings = { ["SignIn:AttemptsPerWindow"] = "1", ["App:TrustForwardedHeaders"] = "true" },
        }.StartAsync();

        async Task<HttpStatusCode> AskFromAsync(string address)
        {
            var browser = app.CreateBrowser();
            browser.DefaultRequestHeaders.Add("X-Forwarded-For", address);
            using var response = await browser.SubmitAsync("/sign-in", new Dictionary<string, string> { ["Input.Email"] = "" });
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, await AskFromAsync("203.0.113.1"));
        Assert.Equal(HttpStatusCode.OK, await AskFromAsync("203.0.113.2"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await AskFromAsync("203.0.113.1"));
    }
}
