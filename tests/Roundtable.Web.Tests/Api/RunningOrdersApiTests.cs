using System.Net;
using System.Text.Json;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.RunningOrders;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Sessions;

namespace Roundtable.Web.Tests.Api;

[Collection(SharedApps.Api)]
public class RunningOrdersApiTests(RoundtableApp app)
{
    [Fact]
    public async Task Get_RunningOrder_AsMember_ShowsItsItemsAndTheirTotal()
    {
        var (community, session, _) = await SessionAsync();
        await app.AddRunningOrderAsync(session, RunningOrderTemplates.Stoke);
        var member = await app.ApiClientForAsync(await app.MemberAsync(community, "Mo Member"));

        var (response, order, _) = await member.GetJsonAsync(RunningOrderPath(community));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = order.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(RunningOrderTemplates.Stoke.Items.Select(i => i.Title), items.Select(i => i.GetProperty("title").GetString()));
        Assert.Equal(Enumerable.Range(1, items.Count), items.Select(i => i.GetProperty("position").GetInt32()));
        var presentation = items.Single(i => i.GetProperty("kind").GetString() == "Presentation");
        Assert.Equal(5, presentation.GetProperty("minutes").GetInt32());
        Assert.Equal(120, order.GetProperty("plannedMinutes").GetInt32());
        Assert.Equal(120, order.GetProperty("sessionMinutes").GetInt32());
        Assert.Equal(JsonValueKind.Null, order.GetProperty("problem").ValueKind);
    }

    [Fact]
    public async Task Put_Items_ReplacesTheRunningOrderKeepingTheItemsSentBack()
    {
        var (community, session, client) = await SessionAsync();
        await app.AddRunningOrderAsync(session, RunningOrderTemplates.Online);
        var (_, before, _) = await client.GetJsonAsync(RunningOrderPath(community));
        var kept = before.GetProperty("items")[1];

        var (response, order) = await client.PutJsonAsync(RunningOrderPath(community), new
        {
            version = before.GetProperty("version").GetString(),
            items = new object[]
            {
                new { title = "Welcome, and who is here", minutes = 20 },
                new { id = kept.GetProperty("id").GetGuid(), title = kept.GetProperty("title").GetString(), minutes = 10 },
                new { title = "Case study: leaving hospital", minutes = 5, kind = "Presentation", presenter = "Priya" },
                new { title = "Facilitated discussion", minutes = 85, notes = "Scaling questions" },
            },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = order.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(4, items.Count);
        Assert.Equal(kept.GetProperty("id").GetGuid(), items[1].GetProperty("id").GetGuid());
        Assert.Equal(10, items[1].GetProperty("minutes").GetInt32());
        Assert.Equal("Priya", items[2].GetProperty("presenter").GetString());
        Assert.Equal("Scaling questions", items[3].GetProperty("notes").GetString());
        Assert.Equal(120, order.GetProperty("plannedMinutes").GetInt32());
        var saved = (await app.ReloadAsync(session)).RunningOrder.OrderBy(i => i.Position).ToList();
        Assert.Equal(["Welcome, and who is here", kept.GetProperty("title").GetString(), "Case study: leaving hospital", "Facilitated discussion"], saved.Select(i => i.Title));
    }

    [Fact]
    public async Task Put_PresentationOverFiveMinutesWithoutAPresenter_IsAProblemForEach()
    {
        var (community, session, client) = await SessionAsync();

        var (response, problem) = await client.PutJsonAsync(RunningOrderPath(community), new
        {
            items = new object[]
            {
                new { title = "Welcome", minutes = 10 },
                new { title = "Case study", minutes = 15, kind = "Presentation" },
            },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = problem.GetProperty("errors");
        Assert.Equal(["items[1].minutes", "items[1].presenter"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal("A presentation or case study holds up to 5 minutes", errors.GetProperty("items[1].minutes")[0].GetString());
        Assert.Equal("Enter who is presenting, or ‘to be confirmed’", errors.GetProperty("items[1].presenter")[0].GetString());
        Assert.Empty((await app.ReloadAsync(session)).RunningOrder);
    }

    [Fact]
    public async Task Put_ItemWithNothingInIt_IsAProblem()
    {
        var (community, _, client) = await SessionAsync();

        var (response, problem) = await client.PutJsonAsync(RunningOrderPath(community), new { items = new object[] { new { kind = "Item" } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Enter what happens in this item", problem.GetProperty("errors").GetProperty("items[0].title")[0].GetString());
    }

    [Fact]
    public async Task Put_RunningOver_IsSavedAndSaysByHowMuch()
    {
        var (community, session, client) = await SessionAsync();

        var (response, order) = await client.PutJsonAsync(RunningOrderPath(community), new
        {
            items = new[] { new { title = "Everything", minutes = 130 } },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("The running order is 10 minutes longer than the session.", order.GetProperty("problem").GetString());
        Assert.Single((await app.ReloadAsync(session)).RunningOrder);
    }

    [Fact]
    public async Task Put_WithAnOldVersion_IsAConflictAndKeepsWhatWasSaved()
    {
        var (community, session, client) = await SessionAsync();
        var (_, before, _) = await client.GetJsonAsync(RunningOrderPath(community));
        await client.PutJsonAsync(RunningOrderPath(community), new { items = new[] { new { title = "Saved first", minutes = 120 } } });

        var (response, _) = await client.PutJsonAsync(RunningOrderPath(community), new
        {
            version = before.GetProperty("version").GetString(),
            items = new[] { new { title = "Saved second", minutes = 120 } },
        });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Saved first", Assert.Single((await app.ReloadAsync(session)).RunningOrder).Title);
    }

    [Fact]
    public async Task Put_EmptyList_ClearsTheRunningOrder()
    {
        var (community, session, client) = await SessionAsync();
        await app.AddRunningOrderAsync(session, RunningOrderTemplates.Online);

        var (response, order) = await client.PutJsonAsync(RunningOrderPath(community), new { items = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, order.GetProperty("items").GetArrayLength());
        Assert.Empty((await app.ReloadAsync(session)).RunningOrder);
    }

    [Fact]
    public async Task Post_Template_OnAnEmptyRunningOrder_StartsItFromTheTemplateOnceHoweverOftenSent()
    {
        var (community, session, client) = await SessionAsync();

        var (first, order) = await client.PostJsonAsync($"{RunningOrderPath(community)}/template", new { template = "stoke" });
        var firstIds = (await app.ReloadAsync(session)).RunningOrder.Select(i => i.Id).Order().ToList();
        var (second, again) = await client.PostJsonAsync($"{RunningOrderPath(community)}/template", new { template = "stoke" });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(RunningOrderTemplates.Stoke.Items.Select(i => i.Title), order.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
        Assert.Equal(120, order.GetProperty("plannedMinutes").GetInt32());
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(order.GetProperty("version").GetString(), again.GetProperty("version").GetString());
        Assert.Equal(firstIds, (await app.ReloadAsync(session)).RunningOrder.Select(i => i.Id).Order());
    }

    [Fact]
    public async Task Post_TemplateOverARunningOrder_ReplacesItOnlyWhenAsked()
    {
        var (community, session, client) = await SessionAsync();
        await client.PutJsonAsync(RunningOrderPath(community), new { items = new[] { new { title = "Our own plan", minutes = 120 } } });

        var (refused, problem) = await client.PostJsonAsync($"{RunningOrderPath(community)}/template", new { template = "online" });
        var kept = Assert.Single((await app.ReloadAsync(session)).RunningOrder).Title;
        var (replaced, order) = await client.PostJsonAsync($"{RunningOrderPath(community)}/template", new { template = "online", replace = true });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(
            "Session 1 already has a running order: send replace: true to replace it with ‘A shorter online running order’.",
            problem.GetProperty("detail").GetString());
        Assert.Equal("Our own plan", kept);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal(RunningOrderTemplates.Online.Items.Count, order.GetProperty("items").GetArrayLength());
        Assert.Equal("30 minutes of the session are not planned.", order.GetProperty("problem").GetString());
        Assert.Equal(RunningOrderTemplates.Online.Items.Select(i => i.Title), (await app.ReloadAsync(session)).RunningOrder.OrderBy(i => i.Position).Select(i => i.Title));
    }

    [Fact]
    public async Task Post_TemplateWithAnOldVersion_IsAConflictAndKeepsWhatWasSaved()
    {
        var (community, session, client) = await SessionAsync();
        var (_, before, _) = await client.GetJsonAsync(RunningOrderPath(community));
        await client.PutJsonAsync(RunningOrderPath(community), new { items = new[] { new { title = "Saved meanwhile", minutes = 120 } } });

        var (response, _) = await client.PostJsonAsync(
            $"{RunningOrderPath(community)}/template", new { template = "stoke", replace = true, version = before.GetProperty("version").GetString() });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Saved meanwhile", Assert.Single((await app.ReloadAsync(session)).RunningOrder).Title);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("zoom")]
    public async Task Post_NoSuchTemplate_IsAProblemAndChangesNothing(string? template)
    {
        var (community, session, client) = await SessionAsync();

        var (response, problem) = await client.PostJsonAsync($"{RunningOrderPath(community)}/template", new { template });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Choose a running order to start from: \"stoke\" or \"online\"", problem.GetProperty("errors").GetProperty("template")[0].GetString());
        Assert.Empty((await app.ReloadAsync(session)).RunningOrder);
    }

    private async Task<(Community Community, Session Session, HttpClient Facilitator)> SessionAsync()
    {
        var community = await app.CreateCommunityAsync();
        var facilitator = await app.MemberAsync(community, "Fay Facilitator", CommunityRole.Facilitator);
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(111));
        return (community, session, await app.ApiClientForAsync(facilitator));
    }

    private static string RunningOrderPath(Community community) => $"/api/v1/communities/{community.Slug}/sessions/1/running-order";
}
