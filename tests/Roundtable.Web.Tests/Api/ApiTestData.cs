using System.Net.Http.Json;
using System.Text.Json;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Api;

// Builders the API tests share: a client holding someone's token, and members set up as they
// chose to be.
public static class ApiTestData
{
    public static async Task<HttpClient> ApiClientForAsync(this RoundtableApp app, Person person)
    {
        var client = app.CreateBrowser();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await app.CreateTokenAsync(person));
        return client;
    }

    // A new person joined to the community, their membership then shaped by `choose`.
    public static async Task<Person> MemberAsync(
        this RoundtableApp app, Community community, string name, CommunityRole role = CommunityRole.Member,
        bool livedExpertGroup = false, Action<Membership>? choose = null)
    {
        var person = await app.CreatePersonAsync(name);
        await app.JoinAsync(community, person, role, livedExpertGroup);
        if (choose is not null)
        {
            await app.ChangeMembershipAsync(community, person, choose);
        }

        return person;
    }

    public static Task ChangeMembershipAsync(this RoundtableApp app, Community community, Person person, Action<Membership> change) =>
        app.WithDbAsync(async db =>
        {
            change(db.Memberships.Single(m => m.CommunityId == community.Id && m.PersonId == person.Id));
            return await db.SaveChangesAsync();
        });

    public static Task LeaveAsync(this RoundtableApp app, Community community, Person person) =>
        app.ChangeMembershipAsync(community, person, m => m.LeftAt = app.Clock.GetUtcNow());

    public static async Task<(HttpResponseMessage Response, JsonElement Json, string Body)> GetJsonAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        return (response, body.Length == 0 ? default : JsonDocument.Parse(body).RootElement, body);
    }

    public static Task<(HttpResponseMessage Response, JsonElement Json)> PostJsonAsync(this HttpClient client, string path, object content) =>
        client.SendJsonAsync(HttpMethod.Post, path, content);

    public static Task<(HttpResponseMessage Response, JsonElement Json)> PutJsonAsync(this HttpClient client, string path, object content) =>
        client.SendJsonAsync(HttpMethod.Put, path, content);

    public static Task<(HttpResponseMessage Response, JsonElement Json)> PatchJsonAsync(this HttpClient client, string path, object content) =>
        client.SendJsonAsync(HttpMethod.Patch, path, content);

    private static async Task<(HttpResponseMessage Response, JsonElement Json)> SendJsonAsync(this HttpClient client, HttpMethod method, string path, object content)
    {
        var response = await client.SendAsync(new HttpRequestMessage(method, path) { Content = JsonContent.Create(content) });
        var body = await response.Content.ReadAsStringAsync();
        return (response, body.Length == 0 ? default : JsonDocument.Parse(body).RootElement);
    }
}
