using System.Net.Http.Json;
using System.Text.Json;
using Roundtable.Core.Communities;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Api;

[Collection(SharedApps.Api)]
public class ApiTests(RoundtableApp app)
{
    [Fact]
    public async Task Get_Me_WithAToken_SaysWhoAndWhere()
    {
        var community = await app.CreateCommunityAsync();
        var person = await app.CreatePersonAsync("Api Person");
        await app.JoinAsync(community, person, CommunityRole.Facilitator, livedExpertGroup: true);
        var client = await ClientForAsync(person);

        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");

        Assert.Equal(person.Email, me.GetProperty("email").GetString());
        Assert.Equal("Api Person", me.GetProperty("displayName").GetString());
        Assert.False(me.GetProperty("isSiteAdmin").GetBoolean());
        var place = Assert.Single(me.GetProperty("communities").EnumerateArray());
        Assert.Equal(community.Slug, place.GetProperty("slug").GetString());
        Assert.Equal("Facilitator", place.GetProperty("role").GetString());
        Assert.True(place.GetProperty("inLivedExpertGroup").GetBoolean());
    }

    [Fact]
    public async Task Get_Communities_ListsWhatTheCallerMaySeeWithTheirRole()
    {
        var listed = await app.CreateCommunityAsync();
        var hidden = await app.CreateCommunityAsync(CommunityVisibility.InvitationOnly);
        var theirs = await app.CreateCommunityAsync(CommunityVisibility.InvitationOnly);
        var person = await app.CreatePersonAsync();
        await app.JoinAsync(theirs, person, CommunityRole.CoLead);
        var client = await ClientForAsync(person);

        var communities = await client.GetFromJsonAsync<JsonElement>("/api/v1/communities");

        var bySlug = communities.EnumerateArray().ToDictionary(c => c.GetProperty("slug").GetString()!);
        Assert.True(bySlug.ContainsKey(listed.Slug));
        Assert.False(bySlug.ContainsKey(hidden.Slug));
        Assert.Equal("CoLead", bySlug[theirs.Slug].GetProperty("yourRole").GetString());
        Assert.Equal("InvitationOnly", bySlug[theirs.Slug].GetProperty("visibility").GetString());
        Assert.Equal(JsonValueKind.Null, bySlug[listed.Slug].GetProperty("yourRole").ValueKind);
    }

    [Fact]
    public async Task Get_OpenApi_DescribesTheApiAndItsTokens()
    {
        var document = await app.CreateBrowser().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/me", out _));
        Assert.True(paths.TryGetProperty("/api/v1/communities", out _));
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        Assert.Equal(JsonValueKind.Array, document.GetProperty("security").ValueKind);
    }

    [Fact]
    public async Task Get_Me_WithARevokedToken_IsUnauthorized()
    {
        var person = await app.CreatePersonAsync();
        var client = await ClientForAsync(person);
        await app.WithDbAsync(async db =>
        {
            foreach (var token in db.ApiTokens.Where(t => t.PersonId == person.Id))
            {
                token.RevokedAt = app.Clock.GetUtcNow();
            }

            return await db.SaveChangesAsync();
        });

        using var response = await client.GetAsync("/api/v1/me");

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<HttpClient> ClientForAsync(Roundtable.Core.Data.Entities.Person person)
    {
        var client = app.CreateBrowser();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await app.CreateTokenAsync(person));
        return client;
    }
}
