using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Rooms;

namespace Roundtable.Web.Tests.Api;

[Collection(SharedApps.Api)]
public class ChatImportsApiTests(RoundtableApp app)
{
    private const string Chat = "14:05:12 From Robin Member to Everyone:\n\tHello from Zoom\n14:06:00 From Kit Stranger to Everyone:\n\thttps://example.org/a\n";

    private static StringContent Text(string text, string type = "text/plain") => new(text, Encoding.UTF8, type);

    private async Task<(OpenRoom Room, HttpClient Client, string Path)> ImporterAsync()
    {
        var room = await app.OpenRoomAsync();
        return (room, await app.ApiClientForAsync(room.Facilitator), $"/api/v1/communities/{room.Community.Slug}/sessions/{room.Session.Number}/chat-imports");
    }

    [Fact]
    public async Task Post_Preview_AnswersEachMessageAsItWouldBeShownAndSavesNothing()
    {
        var (room, client, path) = await ImporterAsync();

        using var response = await client.PostAsync(path + "/preview", Text(Chat));
        var preview = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Robin", "Not matched"], preview.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("shownAs").GetString()));
        Assert.Equal("a Zoom chat", preview.GetProperty("layout").GetString());
        Assert.Equal(0, await app.WithDbAsync(db => db.Contributions.CountAsync(c => c.RoomId == room.RoomId)));
    }

    [Fact]
    public async Task Post_ImportTwiceWithOneKey_ImportsOnceThenDeleteUndoesIt()
    {
        var (room, client, path) = await ImporterAsync();
        var key = Guid.NewGuid();

        using var first = await client.PostAsync($"{path}?submissionKey={key}", Text(Chat));
        using var again = await client.PostAsync($"{path}?submissionKey={key}", Text(Chat));
        var import = await first.Content.ReadFromJsonAsync<JsonElement>();
        var id = import.GetProperty("id").GetGuid();
        using var undo = await client.DeleteAsync($"{path}/{id}");
        var listed = await client.GetFromJsonAsync<JsonElement>(path);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.NoContent), (first.StatusCode, again.StatusCode, undo.StatusCode));
        Assert.True((await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("alreadyImported").GetBoolean());
        Assert.Equal(["https://example.org/a"], import.GetProperty("links").EnumerateArray().Select(l => l.GetString()));
        Assert.NotEqual(JsonValueKind.Null, Assert.Single(listed.EnumerateArray()).GetProperty("undoneAt").ValueKind);
        Assert.Equal(0, await app.WithDbAsync(db => db.Contributions.CountAsync(c => c.RoomId == room.RoomId && c.DeletedAt == null)));
    }

    [Fact]
    public async Task Post_AChatInNoLayoutWeKnow_Is400WithItsFirstLines()
    {
        var (_, client, path) = await ImporterAsync();

        using var response = await client.PostAsync(path, Text("just some notes\nand more"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("We could not read this chat", problem.GetProperty("errors").GetProperty("text")[0].GetString());
        Assert.Equal(["just some notes", "and more"], problem.GetProperty("firstLines").EnumerateArray().Select(l => l.GetString()));
    }

    [Fact]
    public async Task Post_TooLargeOrNotText_IsRefusedBeforeReading()
    {
        var (room, client, path) = await ImporterAsync();

        using var huge = await client.PostAsync(path, Text("[14:02] Robin Member\n" + new string('a', 600_000)));
        using var json = await client.PostAsync(path, Text("{}", "application/json"));
        using var empty = await client.PostAsync(path, Text(""));

        Assert.Equal((HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.UnsupportedMediaType, HttpStatusCode.BadRequest), (huge.StatusCode, json.StatusCode, empty.StatusCode));
        Assert.Equal(0, await app.WithDbAsync(db => db.ContributionImports.CountAsync(i => i.SessionId == room.Session.Id)));
    }

    [Fact]
    public async Task Post_ImportAsAMember_IsForbidden()
    {
        var (room, _, path) = await ImporterAsync();
        var member = await app.ApiClientForAsync(room.Member);

        using var response = await member.PostAsync(path, Text(Chat));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.ContributionImports.CountAsync(i => i.SessionId == room.Session.Id)));
    }

    // A preparation meeting is the lived-expert group's: what is imported there is read only
    // there, and the community's other members cannot find it.
    [Fact]
    public async Task Post_ImportIntoAPreparationMeeting_IsReadOnlyByTheLivedExpertGroup()
    {
        var room = await app.OpenRoomAsync(Core.Data.Entities.SessionKind.PreparationMeeting);
        var coLead = await app.ApiClientForAsync(room.Facilitator);
        var place = $"/api/v1/communities/{room.Community.Slug}/preparation-meetings/{room.Session.Number}";
        var outsider = await app.CreatePersonAsync("Morgan Member");
        await app.JoinAsync(room.Community, outsider);
        var member = await app.ApiClientForAsync(outsider);
        var livedExpert = await app.ApiClientForAsync(room.Member);

        using var imported = await coLead.PostAsync(place + "/chat-imports", Text(Chat));
        using var asMember = await member.GetAsync(place + "/room/contributions");
        using var importsAsMember = await member.GetAsync(place + "/chat-imports");
        var asLivedExpert = await livedExpert.GetFromJsonAsync<JsonElement>(place + "/room/contributions");

        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (asMember.StatusCode, importsAsMember.StatusCode));
        Assert.Contains(asLivedExpert.GetProperty("contributions").EnumerateArray(), c => c.GetProperty("text").GetString() == "Hello from Zoom");
    }
}
