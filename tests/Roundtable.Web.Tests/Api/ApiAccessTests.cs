using System.Net;
using System.Net.Http.Json;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Security;
using static Roundtable.Web.Tests.Security.Visitor;

namespace Roundtable.Web.Tests.Api;

// Who may use each community endpoint, by personal token (Anonymous sends none). The same rules
// as the pages: a community someone may not know about is "not found", whoever asks.
[Collection(AccessTables.Name)]
public class ApiAccessTests(AccessFixture app) : AccessMatrix
{
    //                                                                  Anon NonMem Member LivedEx Facil CoLead Admin
    private static readonly (string Path, int[] Expected)[] Gets =
    [
        ("/api/v1/communities/{listed}", [401, 200, 200, 200, 200, 200, 200]),
        ("/api/v1/communities/{hidden}", [404, 404, 404, 404, 404, 404, 200]),
        ("/api/v1/communities/no-such-community", [404, 404, 404, 404, 404, 404, 404]),
        ("/api/v1/communities/{listed}/charter", [401, 200, 200, 200, 200, 200, 200]),
        ("/api/v1/communities/{hidden}/charter", [404, 404, 404, 404, 404, 404, 200]),
        ("/api/v1/communities/{listed}/charter/versions", [401, 200, 200, 200, 200, 200, 200]),
        ("/api/v1/communities/{hidden}/charter/versions", [404, 404, 404, 404, 404, 404, 200]),
        ("/api/v1/communities/{listed}/charter/versions/1", [401, 200, 200, 200, 200, 200, 200]),
        ("/api/v1/communities/{hidden}/charter/versions/1", [404, 404, 404, 404, 404, 404, 200]),
        ("/api/v1/communities/{listed}/charter/versions/99", [401, 404, 404, 404, 404, 404, 404]),
        ("/api/v1/communities/{listed}/members", [401, 403, 200, 200, 200, 200, 200]),
        ("/api/v1/communities/{hidden}/members", [404, 404, 404, 404, 404, 404, 200]),
        ("/api/v1/communities/{listed}/sub-groups", [401, 403, 200, 200, 200, 200, 200]),
        ("/api/v1/communities/{hidden}/sub-groups", [404, 404, 404, 404, 404, 404, 200]),
    ];

    //                                      Anon NonMem Member LivedEx Facil CoLead Admin
    private static readonly int[] Create = [401, 403, 403, 403, 403, 201, 201];

    public static TheoryData<string, Visitor, int> GetRows() => Rows(Gets);

    public static TheoryData<Visitor, int> CreateRows() => Rows(Create);

    [Theory]
    [MemberData(nameof(GetRows))]
    public async Task Get_CommunityEndpoint_AnswersEachTokenAsDeclared(string path, Visitor visitor, int expected)
    {
        var client = app.ApiClientAs(visitor);

        using var response = await client.GetAsync(Resolve(app, path));

        Assert.Equal(expected, (int)response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        if (expected == 200)
        {
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        }
        else
        {
            // Nothing about the community is given away to someone it is hidden from.
            Assert.DoesNotContain(app.Hidden.Name, body, StringComparison.Ordinal);
            Assert.DoesNotContain(app.Listed.Name, body, StringComparison.Ordinal);
        }

        if (expected != 200)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [MemberData(nameof(CreateRows))]
    public async Task Post_Communities_AnswersEachTokenAsDeclared(Visitor visitor, int expected)
    {
        var client = app.ApiClientAs(visitor);
        var slug = TestData.Unique("made-by").ToLowerInvariant();

        using var response = await client.PostAsJsonAsync("/api/v1/communities", new
        {
            slug,
            name = "Made over the API",
            purpose = "To test who may start a community.",
            region = "Testshire",
            visibility = "Listed",
        });

        Assert.Equal(expected, (int)response.StatusCode);
        Assert.Equal("application/" + (expected == 201 ? "json" : "problem+json"), response.Content.Headers.ContentType?.MediaType);
        var created = await app.WithDbAsync(db => Task.FromResult(db.Communities.Any(c => c.Slug == slug)));
        Assert.Equal(expected == 201, created);
    }

    [Fact]
    public async Task Get_HiddenCommunity_AsItsOwnMember_IsShown()
    {
        var insider = await app.CreatePersonAsync("Api Insider");
        await app.JoinAsync(app.Hidden, insider);
        var client = await app.ApiClientForAsync(insider);

        var (community, _, _) = await client.GetJsonAsync($"/api/v1/communities/{app.Hidden.Slug}");
        var (members, _, _) = await client.GetJsonAsync($"/api/v1/communities/{app.Hidden.Slug}/members");

        Assert.Equal(HttpStatusCode.OK, community.StatusCode);
        Assert.Equal(HttpStatusCode.OK, members.StatusCode);
    }

    [Fact]
    public async Task Get_CharterVersion_Unknown_IsANotFoundProblem()
    {
        var client = app.ApiClientAs(Member);

        var (response, problem, _) = await client.GetJsonAsync($"/api/v1/communities/{app.Listed.Slug}/charter/versions/99");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("The charter has no version 99.", problem.GetProperty("detail").GetString());
    }
}
