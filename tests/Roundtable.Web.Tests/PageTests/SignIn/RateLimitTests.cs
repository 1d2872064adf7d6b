using System.Net;
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
    public async Task Post_TooManyLinksForOneAddress_Answers429()
    {
        await using var app = await new RoundtableApp { Settings = { ["SignIn:LinksPerEmailPerWindow"] = "2" } }.StartAsync();
        var email = $"{TestData.Unique("flooded")}@example.org";

        for (var i = 0; i < 2; i++)
        {
            using var sent = await app.CreateBrowser().SubmitAsync("/sign-in", new Dictionary<string, string> { ["Input.Email"] = email });
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }

        using var refused = await app.CreateBrowser().SubmitAsync("/sign-in", new Dictionary<string, string> { ["Input.Email"] = email });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("Too many attempts", (await refused.ToDocumentAsync()).Heading());
        Assert.Equal(2, (await app.MessagesToAsync(email)).Count);

        app.Clock.Advance(TimeSpan.FromMinutes(11));
        using var later = await app.CreateBrowser().SubmitAsync("/sign-in", new Dictionary<string, string> { ["Input.Email"] = email });
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
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
