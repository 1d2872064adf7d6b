using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Security;
using static Roundtable.Web.Tests.Security.Visitor;

namespace Roundtable.Web.Tests.Hosting;

// One test per cause of the server errors a fuzz run found (issue 10): each bad request gets a
// clear 4xx, in the door's own form, with the security headers. The fuzz test (Fuzz/) looks for
// more; these say what each answer is.
public class RequestErrorTests(AccessFixture app) : IClassFixture<AccessFixture>
{
    // Kestrel's default, which the app states when it refuses a body.
    private const int Limit = 30_000_000;

    private string Listed => $"/communities/{app.Listed.Slug}";

    [Theory]
    [InlineData("/sign-in", HttpStatusCode.BadRequest)]
    [InlineData("/health/live", HttpStatusCode.MethodNotAllowed)]
    [InlineData("/communities/no-such-community", HttpStatusCode.NotFound)]
    public async Task Post_FormWithANulByte_IsAClientErrorPage(string path, HttpStatusCode expected)
    {
        using var content = new StringContent("f=%00&code=200", Encoding.ASCII, "application/x-www-form-urlencoded");

        using var response = await app.CreateBrowser().PostAsync(path, content);

        Assert.Equal(expected, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.NotEqual("Sorry, there is a problem with the service", page.Heading());
        SecurityHeaderCheck.AssertPresent(response);
    }

    [Fact]
    public async Task Post_NulByteInAFieldWithAValidToken_SaysWhatWasSentCouldNotBeUsed()
    {
        var browser = await app.BrowserAsAsync(Member);

        using var response = await browser.PostWithTokenAsync("/account/name", ("DisplayName", "Al\0ex"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Sorry, we could not use what was sent", (await response.ToDocumentAsync()).Heading());
    }

    [Fact]
    public async Task Get_TheErrorPageItself_IsNotFound()
    {
        using var response = await app.CreateBrowser().GetAsync("/error/500");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", (await response.ToDocumentAsync()).Heading());
    }

    // Not 405, which would say something is there for another method: run from its build, the app
    // would otherwise have a GET-only fallback for static files that every address reaches.
    [Theory]
    [InlineData("POST", "/no/such/page")]
    [InlineData("PUT", "/communities/no-such-community/no/such/page")]
    [InlineData("DELETE", "/no/such/file.html")]
    [InlineData("GET", "/no/such/file.html")]
    public async Task Send_AnyMethodToAnAddressThatMatchesNothing_IsNotFound(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);

        using var response = await app.CreateBrowser().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(response.Content.Headers.Allow);
        Assert.Equal("Page not found", (await response.ToDocumentAsync()).Heading());
        SecurityHeaderCheck.AssertPresent(response);
    }

    [Theory]
    [InlineData("TRACE", "")]
    [InlineData("OPTIONS", "")]
    [InlineData("DELETE", "/charter/history")]
    [InlineData("PATCH", "/sessions")]
    public async Task Send_AMethodAPageDoesNotHandle_Is405WithAllow(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), Listed + path);

        using var response = await app.CreateBrowser().SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
        Assert.Equal("Page not found", (await response.ToDocumentAsync()).Heading());
        SecurityHeaderCheck.AssertPresent(response);
    }

    [Fact]
    public async Task Post_WithAValidTokenToAPageThatOnlyReads_Is405()
    {
        var browser = await app.BrowserAsAsync(Member);

        using var response = await browser.PostWithTokenAsync(Listed + "/charter/history", ("f", "x"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Put_ToAPageThatTakesPost_Is405AllowingPost()
    {
        var browser = await app.BrowserAsAsync(CoLead);

        using var response = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Put, Listed + "/settings"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD", "POST"], response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("/account/calendar?handler=Nope")]
    [InlineData("/account/calendar")]
    [InlineData("/account/name?handler=Nope")]
    public async Task Post_AHandlerThePageDoesNotHave_IsNotFound(string path)
    {
        var browser = await app.BrowserAsAsync(Member);

        using var response = await browser.PostWithTokenAsync(path, ("DisplayName", "Alex"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", (await response.ToDocumentAsync()).Heading());
    }

    [Fact]
    public async Task Get_AHandlerThePageDoesNotHave_IsNotFound()
    {
        using var response = await app.CreateBrowser().GetAsync(Listed + "?handler=Nope");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_AFormOverTheLimit_Is413SayingTheLimit()
    {
        using var content = new ByteArrayContent(new byte[Limit + 1]);
        content.Headers.ContentType = new("application/x-www-form-urlencoded");

        using var response = await app.CreateBrowser().PostAsync("/sign-in", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal("The file or form you sent is too large", page.Heading());
        Assert.Contains("Roundtable accepts up to 30 MB at a time.", page.QuerySelectorAll("main p").Select(p => p.TextContent.Trim()));
        SecurityHeaderCheck.AssertPresent(response);
    }

    [Fact]
    public async Task Post_ApiBodyOverTheLimit_Is413ProblemSayingTheLimit()
    {
        using var content = new ByteArrayContent(new byte[Limit + 1]);
        content.Headers.ContentType = new("application/json");

        using var response = await app.ApiClientAs(CoLead).PostAsync("/api/v1/communities", content);

        var problem = await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("The request body is larger than 30 MB, the most Roundtable accepts.", problem.GetProperty("detail").GetString());
    }

    // Over Kestrel, as in production: its limit is the one stated, a body sent in chunks is
    // refused as it passes the limit, and what was reading it (the form token check, the JSON
    // binding) does not turn that into a 400. The client waits to be asked for the body, as
    // browsers and curl do for a large one, so that a refusal does not cut it off mid-send.
    [Fact]
    public async Task Post_OverTheLimitToKestrel_Is413WithOrWithoutALength()
    {
        await using var kestrel = await new RoundtableApp { ListensOnLoopback = true }.StartAsync();
        var person = await kestrel.CreatePersonAsync();
        var token = await kestrel.CreateTokenAsync(person);
        // However long the first error page takes to render, the body waits to be asked for.
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, Expect100ContinueTimeout = TimeSpan.FromMinutes(1) })
        {
            BaseAddress = kestrel.LoopbackAddress,
        };

        using var photo = await SendLargeAsync(browser, "/sign-in", new MultipartFormDataContent { { new ByteArrayContent(new byte[Limit + 1]), "File", "photo.jpg" } });
        using var chunkedPhoto = await SendLargeAsync(browser, "/sign-in",
            new MultipartFormDataContent { { new StreamContent(new MemoryStream(new byte[Limit + 1])), "File", "photo.jpg" } }, chunked: true);
        using var chunkedJson = await SendLargeAsync(browser, "/api/v1/communities",
            new StringContent($"{{\"name\":\"{new string('x', Limit)}\"}}", Encoding.UTF8, "application/json"), chunked: true, token);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, photo.StatusCode);
        Assert.Equal("The file or form you sent is too large", (await photo.ToDocumentAsync()).Heading());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, chunkedPhoto.StatusCode);
        Assert.Equal("The file or form you sent is too large", (await chunkedPhoto.ToDocumentAsync()).Heading());
        await AssertProblemAsync(chunkedJson, HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task Post_ApiJsonWithTheWrongContentType_Is415Problem(string? contentType)
    {
        using var content = new StringContent("""{"name":"A community"}""");
        content.Headers.ContentType = contentType is null ? null : new MediaTypeHeaderValue(contentType);

        using var response = await app.ApiClientAs(CoLead).PostAsync("/api/v1/communities", content);

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Delete_ApiAddressThatOnlyReads_Is405ProblemWithAllow()
    {
        using var response = await app.ApiClientAs(Member).DeleteAsync("/api/v1/me");

        var problem = await AssertProblemAsync(response, HttpStatusCode.MethodNotAllowed);
        Assert.Contains("GET", response.Content.Headers.Allow);
        Assert.StartsWith("This address does not take DELETE", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"name":""")]
    [InlineData("""{"name": 12, "slug": [true]}""")]
    [InlineData("\u0000")]
    public async Task Post_ApiMalformedJson_Is400Problem(string body)
    {
        using var response = await app.ApiClientAs(CoLead).PostAsync("/api/v1/communities", new StringContent(body, Encoding.UTF8, "application/json"));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Post_ApiMalformedJsonInDevelopment_Is400Problem()
    {
        await using var development = await new RoundtableApp { EnvironmentName = "Development" }.StartAsync();
        var person = await development.CreatePersonAsync();
        var client = development.CreateBrowser();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await development.CreateTokenAsync(person));

        using var response = await client.PostAsync("/api/v1/communities", new StringContent("""{"name":""", Encoding.UTF8, "application/json"));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Get_ApiWhenSomethingBreaks_IsProblemJsonWithTheSecurityHeaders()
    {
        await using var broken = await new RoundtableApp().StartAsync();
        var person = await broken.CreatePersonAsync();
        var client = broken.CreateBrowser();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await broken.CreateTokenAsync(person));
        await broken.Database.BreakAsync();

        using var response = await client.GetAsync("/api/v1/me");

        var problem = await AssertProblemAsync(response, HttpStatusCode.InternalServerError);
        Assert.DoesNotContain("Exception", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_YourPlaceWithAnEmptyIdentity_SaysChooseFromTheList()
    {
        var browser = await app.BrowserAsAsync(Member);

        using var response = await browser.SubmitAsync($"{Listed}/me/who-you-are", [("Input.Identities", "")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Choose who you are from the list", (await response.ToDocumentAsync()).ErrorFor("Input_Identities"));
    }

    private static async Task<HttpResponseMessage> SendLargeAsync(HttpClient client, string path, HttpContent content, bool chunked = false, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.ExpectContinue = true;
        request.Headers.TransferEncodingChunked = chunked;
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        return await client.SendAsync(request);
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        SecurityHeaderCheck.AssertPresent(response);
        var problem = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        return problem;
    }
}
