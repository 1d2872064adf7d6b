using System.Net;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Security;
using static Roundtable.Web.Tests.Security.Visitor;

namespace Roundtable.Web.Tests.PageTests.Themes;

// Who may use each theme page, and who may not: members read themes, co-leads decide them, and a
// theme heard only in preparation meetings is "not found" outside the lived-expert group.
[Collection(AccessTables.Name)]
public class ThemesAccessTests(AccessFixture app) : AccessMatrix
{
    //                                                                  Anon    NonMem Member LivedEx Facil CoLead Admin
    private static readonly (string Path, int[] Expected)[] Pages =
    [
        ("/communities/{listed}/themes", [SignIn, 403, 200, 200, 200, 200, 200]),
        ("/communities/{hidden}/themes", [404, 404, 404, 404, 404, 404, 200]),
        ("/communities/{listed}/themes/{theme}", [SignIn, 403, 200, 200, 200, 200, 200]),
        ("/communities/{listed}/themes/{lived}", [SignIn, 403, 404, 200, 404, 200, 404]),
        ("/communities/{listed}/themes/{nothing}", [SignIn, 403, 404, 404, 404, 404, 404]),
        ("/communities/{hidden}/themes/{hiddenTheme}", [404, 404, 404, 404, 404, 404, 200]),
        // Another community's theme is not found through this one's address.
        ("/communities/{listed}/themes/{hiddenTheme}", [SignIn, 403, 404, 404, 404, 404, 404]),
        ("/communities/{listed}/sessions/1/themes", [SignIn, 403, 403, 403, 403, 200, 200]),
        ("/communities/{hidden}/sessions/1/themes", [404, 404, 404, 404, 404, 404, 200]),
        ("/communities/{listed}/sessions/9/themes", [SignIn, 403, 403, 403, 403, 404, 404]),
        // No embeddings service is configured here, so there is nothing for a co-lead to turn on.
        ("/communities/{listed}/themes/embeddings-service", [SignIn, 403, 403, 403, 403, 404, 404]),
        // A preparation meeting's: the lived-expert group's co-leads only, "not found" to anyone outside the group.
        ("/communities/{listed}/preparation-meetings/1/themes", [404, 404, 404, 403, 404, 200, 404]),
        ("/communities/{hidden}/preparation-meetings/1/themes", [404, 404, 404, 404, 404, 404, 404]),
        ("/css/themes.css", [200, 200, 200, 200, 200, 200, 200]),
    ];

    public static TheoryData<string, Visitor, int> PageRows() => Rows(Pages);

    private string Resolve(string path) => Resolve(app.ThemePlaces, path)
        .Replace("{theme}", app.ThemePlaces.ListedTheme.ToString(), StringComparison.Ordinal)
        .Replace("{lived}", app.ThemePlaces.LivedExpertTheme.ToString(), StringComparison.Ordinal)
        .Replace("{hiddenTheme}", app.ThemePlaces.HiddenTheme.ToString(), StringComparison.Ordinal)
        .Replace("{nothing}", Guid.NewGuid().ToString(), StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(PageRows))]
    public async Task Get_Page_AnswersEachVisitorAsDeclared(string path, Visitor visitor, int expected)
    {
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.GetAsync(Resolve(path));

        AssertAnswered(response, expected);
    }

    [Theory]
    [InlineData(Member)]
    [InlineData(LivedExpert)]
    [InlineData(Facilitator)]
    public async Task Post_SettleOrRename_AsSomeoneNotACoLead_IsForbiddenAndChangesNothing(Visitor visitor)
    {
        var browser = await app.BrowserAsAsync(visitor);
        var path = Resolve("/communities/{listed}/themes/{theme}");

        using var settle = await browser.PostWithTokenAsync($"{path}?handler=Settle", ("Settle.Note", "Agreed by " + visitor));
        using var rename = await browser.PostWithTokenAsync($"{path}?handler=Edit", ("Edit.Title", "Renamed by " + visitor));

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (settle.StatusCode, rename.StatusCode));
        var theme = await app.ThemeNowAsync(app.ThemePlaces.ListedTheme);
        Assert.Equal(("Getting there", false), (theme.Title, theme.IsSettled));
    }

    [Fact]
    public async Task Post_SettleALivedExpertTheme_AsAMember_IsNotFound()
    {
        var browser = await app.BrowserAsAsync(Member);

        using var response = await browser.PostWithTokenAsync(
            $"{Resolve("/communities/{listed}/themes/{lived}")}?handler=Settle", ("Settle.Note", "Not theirs to settle"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False((await app.ThemeNowAsync(app.ThemePlaces.LivedExpertTheme)).IsSettled);
    }

    [Theory]
    [InlineData(Member)]
    [InlineData(Facilitator)]
    public async Task Post_AcceptAGroup_AsSomeoneNotACoLead_IsForbidden(Visitor visitor)
    {
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.PostWithTokenAsync(
            $"{Resolve("/communities/{listed}/sessions/1/themes")}?handler=Accept", ("group", "0"), ("title", "Made by " + visitor));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(Member, false)]
    [InlineData(LivedExpert, true)]
    [InlineData(CoLead, true)]
    public async Task Get_ThemeList_ShowsALivedExpertThemeOnlyInTheirSpace(Visitor visitor, bool seesIt)
    {
        var browser = await app.BrowserAsAsync(visitor);

        var page = await browser.GetDocumentAsync(Resolve("/communities/{listed}/themes"));

        var titles = page.QuerySelectorAll("#themes tbody th a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Getting there", titles);
        Assert.Equal(seesIt, titles.Contains("Being believed"));
        Assert.Equal(seesIt, page.Body!.TextContent.Contains("Being believed", StringComparison.Ordinal));
    }
}
