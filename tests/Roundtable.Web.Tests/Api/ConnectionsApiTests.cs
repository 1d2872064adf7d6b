using System.Net;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Connections;

namespace Roundtable.Web.Tests.Api;

// Feedback, connections and offers through the JSON API.
[Collection(SharedApps.Api)]
public class ConnectionsApiTests(RoundtableApp app)
{
    [Fact]
    public async Task Put_Feedback_ThenGet_CountsTheOneAnswerAndGivesItBack()
    {
        var community = await app.CreateCommunityAsync();
        var member = await app.MemberAsync(community, "Mo Member");
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(-7));
        await app.CameAsync(session, member);
        var api = await app.ApiClientForAsync(member);
        var path = $"/api/v1/communities/{community.Slug}/sessions/1/feedback";

        var (first, _) = await api.PutJsonAsync(path, new { useful = "The stories", nextAction = "Call the forum", shared = true });
        var (again, answer) = await api.PutJsonAsync(path, new { useful = "The stories", nextAction = "Call the forum", shared = true, done = true });
        var (_, summary, _) = await api.GetJsonAsync(path);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        Assert.True(answer.GetProperty("done").GetBoolean());
        Assert.Equal("1 of 1 respondent named a next action", summary.GetProperty("summary").GetString());
        Assert.Equal(answer.GetProperty("id").GetString(), summary.GetProperty("yours").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Put_Feedback_OnASessionTheyDidNotCome_Is409AndSavesNothing()
    {
        var community = await app.CreateCommunityAsync();
        var member = await app.MemberAsync(community, "Abi Absent");
        await app.CreateSessionAsync(community, app.Today.AddDays(-7));

        var (response, problem) = await (await app.ApiClientForAsync(member)).PutJsonAsync(
            $"/api/v1/communities/{community.Slug}/sessions/1/feedback", new { nextAction = "Go next time" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Only people who came to this session can give feedback on it", problem.GetProperty("detail").GetString());
        Assert.Equal(0, await app.WithDbAsync(db => db.SessionFeedback.CountAsync(f => f.Session.CommunityId == community.Id)));
    }

    [Fact]
    public async Task Post_RecordThenMoveOnWithAStaleVersion_Is201Then409AndTheFirstChangeStands()
    {
        var community = await app.CreateCommunityAsync();
        var facilitator = await app.MemberAsync(community, "Fay Facilitator", CommunityRole.Facilitator);
        var member = await app.MemberAsync(community, "Mo Member");
        var api = await app.ApiClientForAsync(facilitator);

        var (created, connection) = await api.PostJsonAsync($"/api/v1/communities/{community.Slug}/connections", new
        {
            from = new { kind = "Member", personId = member.Id },
            to = new { kind = "Named", name = "Carers' Hub" },
            why = "Carers' Hub wants to hear from families",
        });
        var path = $"/api/v1/communities/{community.Slug}/connections/{connection.GetProperty("id").GetString()}/steps";
        var (moved, _) = await (await app.ApiClientForAsync(member)).PostJsonAsync(path, new { status = "InTouch", seenVersion = 1 });
        var (stale, _) = await api.PostJsonAsync(path, new { status = "Ended", seenVersion = 1 });

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.Conflict), (created.StatusCode, moved.StatusCode, stale.StatusCode));
        Assert.Equal(("Mo", "Carers' Hub"), (connection.GetProperty("from").GetString(), connection.GetProperty("to").GetString()));
        var now = await app.ConnectionNowAsync(Guid.Parse(connection.GetProperty("id").GetString()!));
        Assert.Equal((Core.Data.Entities.ConnectionStatus.InTouch, 2), (now.Status, now.Changes.Count));
    }
}
