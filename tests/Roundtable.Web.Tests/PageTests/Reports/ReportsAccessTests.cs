using System.Net;
using Roundtable.Web.Tests.Api;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Security;
using static Roundtable.Web.Tests.Security.Visitor;

namespace Roundtable.Web.Tests.PageTests.Reports;

// Who may use each report page and endpoint, and who may not: members list and read published
// reports; co-leads and facilitators (and site admins) also see drafts, edit and publish; anyone
// who may know the community reads a published report made public; a draft's words never reach
// anyone else.
[Collection(AccessTables.Name)]
public class ReportsAccessTests(AccessFixture app) : AccessMatrix
{
    //                                                                        Anon    NonMem Member LivedEx Facil CoLead Admin
    private static readonly (string Path, int[] Expected)[] Pages =
    [
        ("/communities/{listed}/reports", [SignIn, 403, 200, 200, 200, 200, 200]),
        ("/communities/{hidden}/reports", [404, 404, 404, 404, 404, 404, 200]),
        ("/communities/{listed}/reports/{draft}", [SignIn, 404, 404, 404, 200, 200, 200]),
        ("/communities/{listed}/reports/{draft}/versions/1", [SignIn, 404, 404, 404, 200, 200, 200]),
        ("/communities/{listed}/reports/{published}", [SignIn, 404, 200, 200, 200, 200, 200]),
        ("/communities/{listed}/reports/{published}/versions/1?handler=Word", [SignIn, 404, 200, 200, 200, 200, 200]),
        ("/communities/{listed}/reports/{public}", [200, 200, 200, 200, 200, 200, 200]),
        ("/communities/{listed}/reports/{public}/versions/1", [200, 200, 200, 200, 200, 200, 200]),
        ("/communities/{listed}/reports/{public}/versions/2", [SignIn, 404, 404, 404, 404, 404, 404]),
        ("/communities/{hidden}/reports/{hiddenReport}", [404, 404, 404, 404, 404, 404, 200]),
        ("/communities/{listed}/reports/{hiddenReport}", [SignIn, 404, 404, 404, 404, 404, 404]),
        ("/communities/{listed}/reports/{draft}/edit", [SignIn, 403, 403, 403, 200, 200, 200]),
        ("/communities/{listed}/reports/{published}/edit", [SignIn, 403, 403, 403, 200, 200, 200]),
        ("/communities/{listed}/reports/{public}/photos/{draft}", [404, 404, 404, 404, 404, 404, 404]),
    ];

    //                                                                                 Anon NonMem Member LivedEx Facil CoLead Admin
    private static readonly (string Path, int[] Expected)[] ApiGets =
    [
        ("/api/v1/communities/{listed}/reports", [401, 403, 200, 200, 200, 200, 200]),
        ("/api/v1/communities/{hidden}/reports", [404, 404, 404, 404, 404, 404, 200]),
        ("/api/v1/communities/{listed}/reports/{draft}", [401, 404, 404, 404, 200, 200, 200]),
        ("/api/v1/communities/{listed}/reports/{published}", [401, 404, 200, 200, 200, 200, 200]),
        ("/api/v1/communities/{listed}/reports/{published}/versions/1/word", [401, 404, 200, 200, 200, 200, 200]),
        ("/api/v1/communities/{listed}/reports/{public}", [401, 200, 200, 200, 200, 200, 200]),
        ("/api/v1/communities/{hidden}/reports/{hiddenReport}", [404, 404, 404, 404, 404, 404, 200]),
    ];

    public static TheoryData<string, Visitor, int> PageRows() => Rows(Pages);

    public static TheoryData<string, Visitor, int> ApiGetRows() => Rows(ApiGets);

    private string Resolve(string path) => Resolve(app.ReportPlaces, path)
        .Replace("{draft}", app.ReportPlaces.Draft.ToString(), StringComparison.Ordinal)
        .Replace("{published}", app.ReportPlaces.Published.ToString(), StringComparison.Ordinal)
        .Replace("{public}", app.ReportPlaces.Public.ToString(), StringComparison.Ordinal)
        .Replace("{hiddenReport}", app.ReportPlaces.HiddenReport.ToString(), StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(PageRows))]
    public async Task Get_Page_AnswersEachVisitorAsDeclared(string path, Visitor visitor, int expected)
    {
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.GetAsync(Resolve(path));

        AssertAnswered(response, expected);
        if (visitor is not (Facilitator or CoLead or Visitor.Admin))
        {
            Assert.DoesNotContain("Draft words", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(ApiGetRows))]
    public async Task Get_Endpoint_AnswersEachTokenAsDeclared(string path, Visitor visitor, int expected)
    {
        using var response = await app.ApiClientAs(visitor).GetAsync(Resolve(path));

        Assert.Equal(expected, (int)response.StatusCode);
        if (visitor is not (Facilitator or CoLead or Visitor.Admin))
        {
            Assert.DoesNotContain("Draft words", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Member)]
    [InlineData(LivedExpert)]
    [InlineData(NonMember)]
    public async Task Post_DraftEditOrPublish_AsSomeoneNotAFacilitator_IsRefusedAndChangesNothing(Visitor visitor)
    {
        var browser = await app.BrowserAsAsync(visitor);
        var api = app.ApiClientAs(visitor);

        using var edit = await browser.PostWithTokenAsync(Resolve("/communities/{listed}/reports/{published}/edit"), ("Input.Title", "Taken over"), ("Input.TitleLine", "Taken over"));
        using var publish = await browser.PostWithTokenAsync(Resolve("/communities/{listed}/reports/{published}?handler=Publish"));
        using var makePublic = await browser.PostWithTokenAsync(Resolve("/communities/{listed}/reports/{published}?handler=Public"), ("isPublic", "true"));
        var apiEdit = await api.PostJsonAsync(Resolve("/api/v1/communities/{listed}/reports/{draft}"), new { title = "Taken over", titleLine = "Taken over" });
        var apiPublish = await api.PostJsonAsync(Resolve("/api/v1/communities/{listed}/reports/{draft}/versions/1/publish"), new { });
        var apiDraft = await api.PostJsonAsync(Resolve("/api/v1/communities/{listed}/reports"), new { kind = "StaffBriefing", sessionIds = Array.Empty<Guid>() });

        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Contains(publish.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.Contains(makePublic.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.Equal(
            (HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
            (apiEdit.Response.StatusCode, apiPublish.Response.StatusCode, apiDraft.Response.StatusCode));
        Assert.Equal([(1, false)], (await app.VersionsNowAsync(app.ReportPlaces.Draft)).Select(v => (v.Number, v.IsPublished)));
        Assert.Single(await app.VersionsNowAsync(app.ReportPlaces.Published));
    }
}
