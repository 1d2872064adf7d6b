using System.Net;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Tests.Api;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Security;
using static Roundtable.Web.Tests.Security.Visitor;

namespace Roundtable.Web.Tests.PageTests.YouSaidWeDid;

// Who may use each "you said, we did" page and endpoint, and who may not: members read the ledger,
// facilitators add and acknowledge, co-leads (and owners) change; a request from a preparation
// meeting is "not found" outside the lived-expert group; the board is for members, and for anyone
// once the community made it public.
[Collection(AccessTables.Name)]
public class YouSaidWeDidAccessTests(AccessFixture app) : AccessMatrix
{
    //                                                                           Anon    NonMem Member LivedEx Facil CoLead Admin
    private static readonly (string Path, int[] Expected)[] Pages =
    [
        ("/communities/{listed}/you-said-we-did", [SignIn, 403, 200, 200, 200, 200, 200]),
        ("/communities/{hidden}/you-said-we-did", [404, 404, 404, 404, 404, 404, 200]),
        ("/communities/{listed}/you-said-we-did/{ask}", [SignIn, 403, 200, 200, 200, 200, 200]),
        ("/communities/{listed}/you-said-we-did/{lived}", [SignIn, 403, 404, 200, 404, 200, 404]),
        ("/communities/{listed}/you-said-we-did/{hiddenAsk}", [SignIn, 403, 404, 404, 404, 404, 404]),
        ("/communities/{listed}/you-said-we-did/new", [SignIn, 403, 403, 403, 200, 200, 200]),
        ("/communities/{hidden}/you-said-we-did/new", [404, 404, 404, 404, 404, 404, 200]),
        ("/communities/{listed}/you-said-we-did/board", [SignIn, 404, 200, 200, 200, 200, 404]),
        ("/communities/{public}/you-said-we-did/board", [200, 200, 200, 200, 200, 200, 200]),
        ("/communities/{hidden}/you-said-we-did/board", [404, 404, 404, 404, 404, 404, 404]),
    ];

    //                                                                                      Anon NonMem Member LivedEx Facil CoLead Admin
    private static readonly (string Path, int[] Expected)[] ApiGets =
    [
        ("/api/v1/communities/{listed}/you-said-we-did", [401, 403, 200, 200, 200, 200, 200]),
        ("/api/v1/communities/{hidden}/you-said-we-did", [404, 404, 404, 404, 404, 404, 200]),
        ("/api/v1/communities/{listed}/you-said-we-did/{ask}", [401, 403, 200, 200, 200, 200, 200]),
        ("/api/v1/communities/{listed}/you-said-we-did/{lived}", [401, 403, 404, 200, 404, 200, 404]),
        ("/api/v1/communities/{listed}/you-said-we-did/{hiddenAsk}", [401, 403, 404, 404, 404, 404, 404]),
        ("/api/v1/communities/{listed}/sessions/2/acknowledgements", [401, 403, 200, 200, 200, 200, 200]),
        ("/api/v1/communities/{listed}/sessions/9/acknowledgements", [401, 403, 404, 404, 404, 404, 404]),
    ];

    public static TheoryData<string, Visitor, int> PageRows() => Rows(Pages);

    public static TheoryData<string, Visitor, int> ApiGetRows() => Rows(ApiGets);

    private string Resolve(string path) => Resolve(app.AskPlaces, path)
        .Replace("{public}", app.AskPlaces.PublicBoard.Slug, StringComparison.Ordinal)
        .Replace("{ask}", app.AskPlaces.ListedAsk.ToString(), StringComparison.Ordinal)
        .Replace("{lived}", app.AskPlaces.LivedExpertAsk.ToString(), StringComparison.Ordinal)
        .Replace("{hiddenAsk}", app.AskPlaces.HiddenAsk.ToString(), StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(PageRows))]
    public async Task Get_Page_AnswersEachVisitorAsDeclared(string path, Visitor visitor, int expected)
    {
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.GetAsync(Resolve(path));

        AssertAnswered(response, expected);
        if (visitor is not (LivedExpert or CoLead))
        {
            Assert.DoesNotContain("Secret words", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(ApiGetRows))]
    public async Task Get_Endpoint_AnswersEachTokenAsDeclared(string path, Visitor visitor, int expected)
    {
        using var response = await app.ApiClientAs(visitor).GetAsync(Resolve(path));

        Assert.Equal(expected, (int)response.StatusCode);
        if (visitor is not (LivedExpert or CoLead))
        {
            Assert.DoesNotContain("Secret words", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Member)]
    [InlineData(LivedExpert)]
    [InlineData(Facilitator)]
    public async Task Post_ChangeStatus_AsSomeoneNeitherCoLeadNorOwner_IsForbiddenAndChangesNothing(Visitor visitor)
    {
        var browser = await app.BrowserAsAsync(visitor);

        using var page = await browser.PostWithTokenAsync(Resolve("/communities/{listed}/you-said-we-did/{ask}"), ("Input.Status", "Done"));
        var api = await app.ApiClientAs(visitor).PostJsonAsync(Resolve("/api/v1/communities/{listed}/you-said-we-did/{ask}"), new { status = "Done" });

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (page.StatusCode, api.Response.StatusCode));
        Assert.Equal(AskStatus.NotUpheld, (await app.AskNowAsync(app.AskPlaces.ListedAsk)).Status);
    }

    [Theory]
    [InlineData(Member)]
    [InlineData(LivedExpert)]
    public async Task Post_AddOrAcknowledge_AsAMember_IsForbidden(Visitor visitor)
    {
        var browser = await app.BrowserAsAsync(visitor);

        using var add = await browser.PostWithTokenAsync(Resolve("/communities/{listed}/you-said-we-did/new"), ("Input.Words", "Added by " + visitor));
        using var acknowledge = await browser.PostWithTokenAsync(Resolve("/communities/{listed}/sessions/2/acknowledge/{ask}"));
        var api = await app.ApiClientAs(visitor).PostJsonAsync(Resolve("/api/v1/communities/{listed}/sessions/2/acknowledgements/{ask}"), new { });

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (add.StatusCode, acknowledge.StatusCode, api.Response.StatusCode));
        Assert.All((await app.AskNowAsync(app.AskPlaces.ListedAsk)).Changes, c => Assert.Null(c.AcknowledgedAt));
    }
}
