using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.People;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Api;

[Collection(SharedApps.Api)]
public class CommunitiesApiTests(RoundtableApp app)
{
    [Fact]
    public async Task Get_Community_AsAMember_SaysWhatItIsAndTheirPlace()
    {
        var community = await app.CreateCommunityAsync();
        await app.MemberAsync(community, "Priya Patel", CommunityRole.CoLead);
        await app.MemberAsync(community, "Rory Roleton", CommunityRole.CoLead, choose: m =>
        {
            m.Naming = Naming.RoleOnly;
            m.JobRole = "Social worker";
        });
        var member = await app.MemberAsync(community, "Lee Lived", livedExpertGroup: true);
        var former = await app.MemberAsync(community, "Fen Former", CommunityRole.CoLead);
        await app.LeaveAsync(community, former);
        var client = await app.ApiClientForAsync(member);

        var (response, detail, body) = await client.GetJsonAsync($"/api/v1/communities/{community.Slug}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(community.Slug, detail.GetProperty("slug").GetString());
        Assert.Equal(community.Name, detail.GetProperty("name").GetString());
        Assert.Equal(community.Purpose, detail.GetProperty("purpose").GetString());
        Assert.Equal("Testshire", detail.GetProperty("region").GetString());
        Assert.Equal("cop@example.org", detail.GetProperty("contact").GetString());
        Assert.Equal("Listed", detail.GetProperty("visibility").GetString());
        Assert.Equal(["Priya", "Social worker"], detail.GetProperty("coLeads").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(3, detail.GetProperty("memberCount").GetInt32());
        Assert.Equal("Member", detail.GetProperty("yourRole").GetString());
        Assert.True(detail.GetProperty("inLivedExpertGroup").GetBoolean());
        Assert.DoesNotContain("Rory", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Fen", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Community_AsANonMember_HasNoRole()
    {
        var community = await app.CreateCommunityAsync();
        var outsider = await app.CreatePersonAsync("Olu Outsider");
        var client = await app.ApiClientForAsync(outsider);

        var (_, detail, _) = await client.GetJsonAsync($"/api/v1/communities/{community.Slug}");

        Assert.Equal(JsonValueKind.Null, detail.GetProperty("yourRole").ValueKind);
        Assert.False(detail.GetProperty("inLivedExpertGroup").GetBoolean());
        Assert.Equal(0, detail.GetProperty("memberCount").GetInt32());
    }

    [Fact]
    public async Task Post_Community_AsACoLead_CreatesItWithThemAsFounder()
    {
        var client = await CoLeadClientAsync("Carys Colead");
        var slug = Slug();

        var (response, created) = await client.PostJsonAsync("/api/v1/communities", New(slug, visibility: "InvitationOnly"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/v1/communities/{slug}", response.Headers.Location?.ToString());
        Assert.Equal(slug, created.GetProperty("slug").GetString());
        Assert.Equal("InvitationOnly", created.GetProperty("visibility").GetString());
        Assert.Equal("CoLead", created.GetProperty("yourRole").GetString());
        Assert.Equal(["Carys"], created.GetProperty("coLeads").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(1, created.GetProperty("memberCount").GetInt32());
        var (fetched, _, _) = await client.GetJsonAsync(response.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, fetched.StatusCode);
    }

    [Fact]
    public async Task Post_Community_AsACoLead_StartsCharterVersionOneAndIdentities()
    {
        var client = await CoLeadClientAsync("Carys Colead");
        var slug = Slug();

        var (response, _) = await client.PostJsonAsync("/api/v1/communities", New(slug));
        var (_, charter, _) = await client.GetJsonAsync($"/api/v1/communities/{slug}/charter");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(1, charter.GetProperty("number").GetInt32());
        Assert.Equal("Carys", charter.GetProperty("author").GetString());
        var identities = await app.WithDbAsync(db => db.IdentityOptions.CountAsync(o => o.Community.Slug == slug));
        Assert.Equal(IdentityDefaults.All.Count, identities);
    }

    [Fact]
    public async Task Post_Community_AsASiteAdmin_CreatesIt()
    {
        var admin = await app.CreatePersonAsync("Ada Admin");
        await app.MakeSiteAdminAsync(admin);
        var client = await app.ApiClientForAsync(admin);
        var slug = Slug();

        var (response, created) = await client.PostJsonAsync("/api/v1/communities", New(slug));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("CoLead", created.GetProperty("yourRole").GetString());
        var founder = await app.WithDbAsync(db => db.Memberships.SingleAsync(m => m.Community.Slug == slug));
        Assert.Equal(admin.Id, founder.PersonId);
        Assert.Equal(CommunityRole.CoLead, founder.Role);
    }

    [Fact]
    public async Task Post_Community_Invalid_AnswersAProblemForEachField()
    {
        var client = await CoLeadClientAsync();
        var before = await CommunityCountAsync();

        var (response, problem) = await client.PostJsonAsync("/api/v1/communities", new
        {
            slug = "Has Spaces",
            name = "  ",
            purpose = new string('x', 2001),
            region = "Testshire",
            contact = new string('c', 201),
            visibility = "Listed",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = problem.GetProperty("errors");
        Assert.Equal(["contact", "name", "purpose", "slug"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal(Core.Communities.Slug.Problem("Has Spaces"), errors.GetProperty("slug")[0].GetString());
        Assert.Equal("Enter the community's name", errors.GetProperty("name")[0].GetString());
        Assert.Equal("Purpose must be 2000 characters or fewer (you have 2001)", errors.GetProperty("purpose")[0].GetString());
        Assert.Equal("Contact must be 200 characters or fewer (you have 201)", errors.GetProperty("contact")[0].GetString());
        Assert.Equal(before, await CommunityCountAsync());
    }

    [Fact]
    public async Task Post_Community_Empty_AsksForEveryRequiredField()
    {
        var client = await CoLeadClientAsync();

        var (response, problem) = await client.PostJsonAsync("/api/v1/communities", new { });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = problem.GetProperty("errors");
        Assert.Equal(["name", "purpose", "region", "slug", "visibility"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal("Enter a short address for the community", errors.GetProperty("slug")[0].GetString());
        Assert.Equal("Enter the area the community covers", errors.GetProperty("region")[0].GetString());
        Assert.Equal("Choose who can find this community", errors.GetProperty("visibility")[0].GetString());
    }

    [Fact]
    public async Task Post_Community_VisibilityAsAnUnknownNumber_AsksToChoose()
    {
        var client = await CoLeadClientAsync();
        var slug = Slug();

        var (response, problem) = await client.PostJsonAsync("/api/v1/communities", new { slug, name = "N", purpose = "P", region = "R", visibility = 7 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(problem.GetProperty("errors").EnumerateObject());
        Assert.Equal("visibility", error.Name);
        Assert.False(await app.WithDbAsync(db => db.Communities.AnyAsync(c => c.Slug == slug)));
    }

    [Fact]
    public async Task Post_Community_SlugTaken_IsAConflict()
    {
        var taken = await app.CreateCommunityAsync();
        var client = await CoLeadClientAsync();

        var (response, problem) = await client.PostJsonAsync("/api/v1/communities", New(taken.Slug));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(409, problem.GetProperty("status").GetInt32());
        var name = await app.WithDbAsync(db => db.Communities.Where(c => c.Slug == taken.Slug).Select(c => c.Name).SingleAsync());
        Assert.Equal(taken.Name, name);
    }

    [Fact]
    public async Task Post_Community_SentTwice_CreatesOne()
    {
        var client = await CoLeadClientAsync();
        var slug = Slug();

        var (first, _) = await client.PostJsonAsync("/api/v1/communities", New(slug));
        var (second, again) = await client.PostJsonAsync("/api/v1/communities", New(slug));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(slug, again.GetProperty("slug").GetString());
        Assert.Equal(1, await app.WithDbAsync(db => db.Memberships.CountAsync(m => m.Community.Slug == slug)));
        Assert.Equal(1, await app.WithDbAsync(db => db.CharterVersions.CountAsync(v => v.Community.Slug == slug)));
    }

    [Fact]
    public async Task Post_Community_AsAnOrdinaryMember_IsForbidden()
    {
        var community = await app.CreateCommunityAsync();
        var member = await app.MemberAsync(community, "Mo Member", CommunityRole.Facilitator);
        var client = await app.ApiClientForAsync(member);
        var slug = Slug();

        var (response, problem) = await client.PostJsonAsync("/api/v1/communities", New(slug));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(403, problem.GetProperty("status").GetInt32());
        Assert.False(await app.WithDbAsync(db => db.Communities.AnyAsync(c => c.Slug == slug)));
    }

    [Fact]
    public async Task Post_Community_AsACoLeadWhoHasLeft_IsForbidden()
    {
        var community = await app.CreateCommunityAsync();
        var former = await app.MemberAsync(community, "Fen Former", CommunityRole.CoLead);
        await app.LeaveAsync(community, former);
        var client = await app.ApiClientForAsync(former);

        var (response, _) = await client.PostJsonAsync("/api/v1/communities", New(Slug()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Post_Community_WithoutAToken_IsUnauthorized()
    {
        var client = app.CreateBrowser();
        var slug = Slug();

        var (response, _) = await client.PostJsonAsync("/api/v1/communities", New(slug));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Communities.AnyAsync(c => c.Slug == slug)));
    }

    [Fact]
    public async Task Get_OpenApi_DescribesEveryCommunityEndpoint()
    {
        var document = await app.CreateBrowser().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        (string Path, string Method, string Operation, string[] Statuses)[] expected =
        [
            ("/api/v1/communities", "post", "CreateCommunity", ["201", "200", "400", "401", "403", "409"]),
            ("/api/v1/communities/{slug}", "get", "GetCommunity", ["200", "401", "404"]),
            ("/api/v1/communities/{slug}/charter", "get", "GetCharter", ["200", "401", "404"]),
            ("/api/v1/communities/{slug}/charter/versions", "get", "ListCharterVersions", ["200", "401", "404"]),
            ("/api/v1/communities/{slug}/charter/versions/{number}", "get", "GetCharterVersion", ["200", "401", "404"]),
            ("/api/v1/communities/{slug}/members", "get", "ListMembers", ["200", "401", "403", "404"]),
            ("/api/v1/communities/{slug}/sub-groups", "get", "ListSubGroups", ["200", "401", "403", "404"]),
        ];
        foreach (var (path, method, operationId, statuses) in expected)
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is not described.");
            var operation = item.GetProperty(method);
            Assert.Equal(operationId, operation.GetProperty("operationId").GetString());
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
            Assert.Equal(statuses.Order(StringComparer.Ordinal), operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
        }
    }

    private async Task<HttpClient> CoLeadClientAsync(string name = "Carys Colead")
    {
        var community = await app.CreateCommunityAsync();
        var coLead = await app.MemberAsync(community, name, CommunityRole.CoLead);
        return await app.ApiClientForAsync(coLead);
    }

    private Task<int> CommunityCountAsync() => app.WithDbAsync(db => db.Communities.CountAsync());

    private static string Slug() => TestData.Unique("api-made");

    private static object New(string slug, string visibility = "Listed") => new
    {
        slug,
        name = "Saltmarsh Coast Wards",
        purpose = "To reduce restrictive practice together.",
        region = "Saltmarsh",
        contact = "wards@example.org",
        visibility,
    };
}
