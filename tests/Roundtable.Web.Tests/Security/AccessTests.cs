using System.Net;
using Roundtable.Web.Tests.Infrastructure;
using static Roundtable.Web.Tests.Security.Visitor;

namespace Roundtable.Web.Tests.Security;

// Who may use each page and endpoint, and who may not. Each row lists what each visitor gets:
// 200, a redirect to sign in, 403, 404 (for a community they may not know exists) or 401.
[Collection(AccessTables.Name)]
public class AccessTests(AccessFixture app) : AccessMatrix
{
    //                                                     Anon     NonMem Member LivedEx Facil CoLead Admin
    private static readonly (string Path, int[] Expected)[] Pages =
    [
        ("/", [200, 200, 200, 200, 200, 200, 200]),
        ("/communities/{listed}", [200, 200, 200, 200, 200, 200, 200]),
        ("/communities/{hidden}", [404, 404, 404, 404, 404, 404, 200]),
        ("/communities/no-such-community", [404, 404, 404, 404, 404, 404, 404]),
        ("/communities/{listed}/settings", [SignIn, 403, 403, 403, 403, 200, 200]),
        ("/communities/new", [SignIn, 403, 403, 403, 403, 200, 200]),
        ("/communities/{hidden}/settings", [404, 404, 404, 404, 404, 404, 200]),
        ("/account", [SignIn, 200, 200, 200, 200, 200, 200]),
        ("/account/name", [SignIn, 200, 200, 200, 200, 200, 200]),
        ("/admin", [SignIn, 403, 403, 403, 403, 403, 200]),
        ("/admin/outbox", [SignIn, 403, 403, 403, 403, 403, 200]),
        ("/admin/outbox/{message}", [SignIn, 403, 403, 403, 403, 403, 200]),
        ("/sign-in", [200, 200, 200, 200, 200, 200, 200]),
        ("/sign-in/check-email", [200, 200, 200, 200, 200, 200, 200]),
        ("/sign-in/link?token=x", [200, 200, 200, 200, 200, 200, 200]),
        ("/sign-out", [200, 200, 200, 200, 200, 200, 200]),
        ("/accessibility", [200, 200, 200, 200, 200, 200, 200]),
        ("/privacy", [200, 200, 200, 200, 200, 200, 200]),
        ("/error/404", [404, 404, 404, 404, 404, 404, 404]),
        ("/no/such/page", [404, 404, 404, 404, 404, 404, 404]),
        ("/health", [200, 200, 200, 200, 200, 200, 200]),
        ("/health/live", [200, 200, 200, 200, 200, 200, 200]),
        ("/openapi/v1.json", [200, 200, 200, 200, 200, 200, 200]),
        ("/favicon.ico", [200, 200, 200, 200, 200, 200, 200]),
        ("/css/site.css", [200, 200, 200, 200, 200, 200, 200]),
    ];

    private static readonly (string Path, int[] Expected)[] Api =
    [
        ("/api/v1/me", [401, 200, 200, 200, 200, 200, 200]),
        ("/api/v1/communities", [401, 200, 200, 200, 200, 200, 200]),
    ];

    public static TheoryData<string, Visitor, int> PageRows() => Rows(Pages);

    public static TheoryData<string, Visitor, int> ApiRows() => Rows(Api);

    [Theory]
    [MemberData(nameof(PageRows))]
    public async Task Get_Page_AnswersEachVisitorAsDeclared(string path, Visitor visitor, int expected)
    {
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.GetAsync(Resolve(app, path));

        AssertAnswered(response, expected);
    }

    [Theory]
    [MemberData(nameof(ApiRows))]
    public async Task Get_Api_AnswersEachTokenAsDeclared(string path, Visitor visitor, int expected)
    {
        var client = app.ApiClientAs(visitor);

        using var response = await client.GetAsync(Resolve(app, path));

        Assert.Equal(expected, (int)response.StatusCode);
        Assert.Equal("application/" + (expected == 200 ? "json" : "problem+json"), response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_Api_WithASignInCookieButNoToken_IsUnauthorized()
    {
        var browser = await app.BrowserAsAsync(Admin);

        using var response = await browser.GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Get_Api_WithAnUnknownToken_IsUnauthorized()
    {
        var client = app.CreateBrowser();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "rt_not-a-real-token");

        using var response = await client.GetAsync("/api/v1/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Get_HiddenCommunity_AsItsOwnMember_IsShown()
    {
        var insider = await app.CreatePersonAsync("Insider");
        await app.JoinAsync(app.Hidden, insider);
        var browser = await app.BrowserForAsync(insider);

        var page = await browser.GetDocumentAsync($"/communities/{app.Hidden.Slug}");

        Assert.Equal(app.Hidden.Name, page.Heading());
    }

    [Theory]
    [InlineData(Member)]
    [InlineData(Facilitator)]
    [InlineData(NonMember)]
    public async Task Post_Settings_AsSomeoneNotACoLead_IsForbiddenAndChangesNothing(Visitor visitor)
    {
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.PostWithTokenAsync($"/communities/{app.Listed.Slug}/settings",
            ("Input.Name", "Taken over"),
            ("Input.Purpose", "Taken over"),
            ("Input.Region", "Taken over"),
            ("Input.Visibility", "Listed"),
            ("Input.Version", "1"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var name = await app.WithDbAsync(db => Task.FromResult(db.Communities.Single(c => c.Id == app.Listed.Id).Name));
        Assert.Equal(app.Listed.Name, name);
    }

    [Fact]
    public async Task Get_HomePage_ListsOnlyWhatEachVisitorMaySee()
    {
        var anonymous = await (await app.BrowserAsAsync(Anonymous)).GetDocumentAsync("/");
        var admin = await (await app.BrowserAsAsync(Admin)).GetDocumentAsync("/");

        var anonymousLinks = anonymous.QuerySelectorAll("main a.nhsuk-card__link").Select(a => a.GetAttribute("href")).ToList();
        var adminLinks = admin.QuerySelectorAll("main a.nhsuk-card__link").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/communities/{app.Listed.Slug}", anonymousLinks);
        Assert.DoesNotContain($"/communities/{app.Hidden.Slug}", anonymousLinks);
        Assert.Contains($"/communities/{app.Hidden.Slug}", adminLinks);
    }
}
