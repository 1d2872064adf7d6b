using System.Net;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.SystemMap;

namespace Roundtable.Web.Tests.Api;

// The system map through the API, as an integrator uses it.
[Collection(SharedApps.Api)]
public class SystemMapApiTests(RoundtableApp app)
{
    [Fact]
    public async Task AddConnectChangeAndRemove_WithSeenVersions_AnswerAsThePagesDo()
    {
        var community = await app.CreateCommunityAsync();
        var member = await app.CreatePersonAsync("Mo Member");
        await app.JoinAsync(community, member);
        var api = await app.ApiClientForAsync(member);
        var map = $"/api/v1/communities/{community.Slug}/map";
        var key = Guid.CreateVersion7();

        var (added, entry) = await api.PostJsonAsync(map, new { name = "Riverside Carers", kind = "group", sector = "VoluntaryAndCommunity", webAddress = "https://carers.example.org", key });
        var (again, _) = await api.PostJsonAsync(map, new { name = "Riverside Carers", kind = "group", sector = "VoluntaryAndCommunity", webAddress = "https://carers.example.org", key });
        var (_, team) = await api.PostJsonAsync(map, new { name = "Liaison Team", kind = "Service", sector = "Nhs" });
        var id = entry.GetProperty("entry").GetProperty("id").GetGuid();
        var (connected, detail) = await api.PostJsonAsync($"{map}/{id}/connections", new { toId = team.GetProperty("entry").GetProperty("id").GetGuid(), how = "Refers carers" });
        var (changed, _) = await api.PutJsonAsync($"{map}/{id}", new { name = "Riverside Carers", kind = "Group", sector = "Other", seenVersion = 1 });
        var (stale, refusal) = await api.PutJsonAsync($"{map}/{id}", new { name = "Riverside Carers", kind = "Group", sector = "Housing", seenVersion = 1 });
        var (_, found, _) = await api.GetJsonAsync($"{map}?q=carers&sector=Other");
        using var removed = await api.DeleteAsync($"{map}/{id}?seenVersion=2");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.NoContent],
            new[] { added.StatusCode, again.StatusCode, connected.StatusCode, changed.StatusCode, stale.StatusCode, removed.StatusCode });
        Assert.Equal(("Group", "VoluntaryAndCommunity"), (entry.GetProperty("entry").GetProperty("kind").GetString(), entry.GetProperty("entry").GetProperty("sector").GetString()));
        Assert.Equal("Refers carers", detail.GetProperty("connections")[0].GetProperty("how").GetString());
        Assert.Equal(Roundtable.Core.SystemMap.MapEntries.ChangedMeanwhile, refusal.GetProperty("detail").GetString());
        Assert.Equal(["Riverside Carers"], found.EnumerateArray().Select(e => e.GetProperty("name").GetString()));
        Assert.Null(await app.MapEntryNowAsync(id));
    }

    [Fact]
    public async Task Get_AFilterNobodyCanChoose_IsABadRequestAgainstIt()
    {
        var community = await app.CreateCommunityAsync();
        var member = await app.CreatePersonAsync("Mo Member");
        await app.JoinAsync(community, member);
        var api = await app.ApiClientForAsync(member);

        var (response, problem, _) = await api.GetJsonAsync($"/api/v1/communities/{community.Slug}/map?sector=3");

        Doors.TwoDoors.ApiSays(response, problem, "sector", "Choose a sector by its name, like Nhs or VoluntaryAndCommunity");
    }
}
