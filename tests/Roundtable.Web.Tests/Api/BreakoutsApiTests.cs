using System.Net;
using System.Text.Json;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Breakouts;
using static Roundtable.Web.Tests.PageTests.Breakouts.BreakoutsTestData;

namespace Roundtable.Web.Tests.Api;

[Collection(SharedApps.Api)]
public class BreakoutsApiTests(RoundtableApp app)
{
    [Fact]
    public async Task Post_ProposeForSixtyPeople_MakesGroupsOfSixToEightMixedAndChaired()
    {
        var (community, session, client) = await SessionAsync();
        await app.BookAsync(community, session, Sixty("Api"));

        var (response, result) = await client.PostJsonAsync(BreakoutsPath(community), new { });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bookings", result.GetProperty("takingPart").GetString());
        Assert.Equal(60, result.GetProperty("people").GetInt32());
        var groups = result.GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(8, groups.Count);
        Assert.All(groups, g =>
        {
            var members = g.GetProperty("members").EnumerateArray().ToList();
            Assert.InRange(members.Count, 6, 8);
            Assert.Contains(members, m => m.GetProperty("livedExperience").GetBoolean());
            Assert.Contains(members, m => m.GetProperty("staff").GetBoolean());
            var chair = Assert.Single(members, m => m.GetProperty("chairs").GetBoolean());
            Assert.Equal(chair.GetProperty("name").GetString(), g.GetProperty("chair").GetString());
        });
        Assert.Equal(60, groups.Sum(g => g.GetProperty("members").GetArrayLength()));
        Assert.Equal(0, result.GetProperty("notInAGroup").GetArrayLength());
        Assert.Equal(8, (await app.GroupsAsync(session)).Count);
    }

    [Fact]
    public async Task Post_ProposeAgain_AnswersWithTheGroupsAlreadySaved()
    {
        var (community, session, client) = await SessionAsync();
        await app.BookAsync(community, session, Sixty("Again").Take(14));
        var (_, first) = await client.PostJsonAsync(BreakoutsPath(community), new { min = 6, max = 8 });
        var saved = await app.GroupsAsync(session);

        var (response, second) = await client.PostJsonAsync(BreakoutsPath(community), new { min = 6, max = 8 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(first.GetProperty("groups").ToString(), second.GetProperty("groups").ToString());
        Assert.Equal(saved.Select(g => g.Id), (await app.GroupsAsync(session)).Select(g => g.Id));
    }

    [Fact]
    public async Task Post_ProposeDifferentSizes_ReplacesTheGroupsOnlyWhenAsked()
    {
        var (community, session, client) = await SessionAsync();
        await app.BookAsync(community, session, Sixty("Replace").Take(16));
        await client.PostJsonAsync(BreakoutsPath(community), new { min = 6, max = 8 });

        var (refused, problem) = await client.PostJsonAsync(BreakoutsPath(community), new { min = 3, max = 4 });
        var groupsAfterRefusal = (await app.GroupsAsync(session)).Count;
        var (replaced, result) = await client.PostJsonAsync(BreakoutsPath(community), new { min = 3, max = 4, replace = true });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("Session 1 already has breakout groups: send replace: true to replace them with new ones.", problem.GetProperty("detail").GetString());
        Assert.Equal(2, groupsAfterRefusal);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal(4, result.GetProperty("groups").GetArrayLength());
        Assert.Equal(4, (await app.GroupsAsync(session)).Count);
    }

    [Fact]
    public async Task Post_ProposeSizesOutOfRange_IsAProblemForEach()
    {
        var (community, session, client) = await SessionAsync();
        await app.BookAsync(community, session, Sixty("Sizes").Take(10));

        var (response, problem) = await client.PostJsonAsync(BreakoutsPath(community), new { min = 1, max = 30 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = problem.GetProperty("errors");
        Assert.Equal("The smallest group size must be 2 or more", errors.GetProperty("min")[0].GetString());
        Assert.Equal("The largest group size must be 20 or fewer", errors.GetProperty("max")[0].GetString());
        Assert.Empty(await app.GroupsAsync(session));
    }

    [Fact]
    public async Task Post_ProposeWithNobodyBooked_IsRefused()
    {
        var (community, session, client) = await SessionAsync();

        var (response, problem) = await client.PostJsonAsync(BreakoutsPath(community), new { });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.StartsWith("There is nobody to put in groups", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(await app.GroupsAsync(session));
    }

    [Fact]
    public async Task Get_Breakouts_NamesPeopleAsTheyChoseAndNeverTheirIdentities()
    {
        var (community, session, client) = await SessionAsync();
        await app.BookAsync(community, session,
        [
            new Someone("Rory Roleton", [Lived], Naming: Naming.RoleOnly, JobRole: "Peer worker"),
            new Someone("Nia Nameless", [Health], Quiet: true, Naming: Naming.NotNamed),
            new Someone("Sam Firstly", [Family], Naming: Naming.FirstName),
        ]);
        await client.PostJsonAsync(BreakoutsPath(community), new { });

        var (response, result, body) = await client.GetJsonAsync(BreakoutsPath(community));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var members = Assert.Single(result.GetProperty("groups").EnumerateArray()).GetProperty("members").EnumerateArray().ToList();
        Assert.Equal([MemberNames.NotNamed, "Peer worker", "Sam"], members.Select(m => m.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        Assert.True(members.Single(m => m.GetProperty("name").GetString() == MemberNames.NotNamed).GetProperty("wantsQuietSpace").GetBoolean());
        Assert.Contains(result.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("kind").GetString() == "TooFew");
        foreach (var hidden in new[] { "Rory", "Nia", "Firstly", Lived, Health, Family, "@" })
        {
            Assert.DoesNotContain(hidden, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Get_MyBreakout_ShowsTheirGroupAndChairOnly()
    {
        var (community, session, client) = await SessionAsync();
        var people = await app.BookAsync(community, session, Sixty("Mine").Take(14));
        await client.PostJsonAsync(BreakoutsPath(community), new { });
        var groups = await app.GroupsAsync(session);
        var mine = groups[0];
        var me = mine.Members.Select(m => m.PersonId).First(id => id != mine.ChairId);
        var others = groups.Skip(1).SelectMany(g => g.Members).Select(m => m.PersonId).ToHashSet();
        var member = await app.ApiClientForAsync(people.Single(p => p.Id == me));

        var (response, group, body) = await member.GetJsonAsync($"{BreakoutsPath(community)}/mine");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mine.Number, group.GetProperty("group").GetInt32());
        Assert.False(group.GetProperty("youChair").GetBoolean());
        Assert.Equal(people.Single(p => p.Id == mine.ChairId).DisplayName, group.GetProperty("chair").GetString());
        Assert.Equal(mine.Members.Count - 2, group.GetProperty("others").GetArrayLength());
        Assert.All(people.Where(p => others.Contains(p.Id)), p => Assert.DoesNotContain(p.DisplayName!, body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_MyBreakout_NotInAGroup_SaysSo()
    {
        var (community, _, _) = await SessionAsync();
        var member = await app.ApiClientForAsync(await app.MemberAsync(community, "Mo Member"));

        var (response, group, _) = await member.GetJsonAsync($"{BreakoutsPath(community)}/mine");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.Null, group.GetProperty("group").ValueKind);
        Assert.Equal(0, group.GetProperty("others").GetArrayLength());
    }

    [Fact]
    public async Task Post_MoveToAnotherGroup_MovesThemOnceHoweverOftenSent()
    {
        var (community, session, client) = await SessionAsync();
        await app.BookAsync(community, session, Sixty("Move").Take(14));
        await client.PostJsonAsync(BreakoutsPath(community), new { });
        var before = await app.GroupsAsync(session);
        var mover = before[0].Members.Select(m => m.PersonId).First(id => id != before[0].ChairId);

        var (first, groups) = await client.PostJsonAsync($"{BreakoutsPath(community)}/move", new { personId = mover, to = "2" });
        var (second, again) = await client.PostJsonAsync($"{BreakoutsPath(community)}/move", new { personId = mover, to = "2" });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains(groups.GetProperty("groups")[1].GetProperty("members").EnumerateArray(), m => m.GetProperty("personId").GetGuid() == mover);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(groups.GetProperty("groups").ToString(), again.GetProperty("groups").ToString());
        var after = await app.GroupsAsync(session);
        Assert.Equal([before[0].Members.Count - 1, before[1].Members.Count + 1], after.Select(g => g.Members.Count));
        Assert.Single(after.SelectMany(g => g.Members), m => m.PersonId == mover);
        Assert.Equal(2, after.Single(g => g.Members.Any(m => m.PersonId == mover)).Number);
    }

    [Fact]
    public async Task Post_MoveToANewGroup_MakesOneGroupTheyChairEvenWhenSentTwice()
    {
        var (community, session, client) = await SessionAsync();
        await app.BookAsync(community, session, Sixty("New").Take(8));
        await client.PostJsonAsync(BreakoutsPath(community), new { });
        var group = Assert.Single(await app.GroupsAsync(session));
        var mover = group.Members.Select(m => m.PersonId).First(id => id != group.ChairId);

        await client.PostJsonAsync($"{BreakoutsPath(community)}/move", new { personId = mover, to = "new" });
        var (response, result) = await client.PostJsonAsync($"{BreakoutsPath(community)}/move", new { personId = mover, to = "new" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var newGroup = result.GetProperty("groups")[1];
        Assert.Equal(2, newGroup.GetProperty("number").GetInt32());
        var alone = Assert.Single(newGroup.GetProperty("members").EnumerateArray());
        Assert.Equal(mover, alone.GetProperty("personId").GetGuid());
        Assert.True(alone.GetProperty("chairs").GetBoolean());
        Assert.Equal([7, 1], (await app.GroupsAsync(session)).Select(g => g.Members.Count));
    }

    [Fact]
    public async Task Post_MoveOut_LeavesThemInNoGroupAndTheirGroupAnotherChair()
    {
        var (community, session, client) = await SessionAsync();
        await app.BookAsync(community, session, Sixty("Out").Take(8));
        await client.PostJsonAsync(BreakoutsPath(community), new { });
        var chair = Assert.Single(await app.GroupsAsync(session)).ChairId!.Value;

        var (response, result) = await client.PostJsonAsync($"{BreakoutsPath(community)}/move", new { personId = chair, to = "out" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(chair, Assert.Single(result.GetProperty("notInAGroup").EnumerateArray()).GetProperty("personId").GetGuid());
        var group = Assert.Single(await app.GroupsAsync(session));
        Assert.Equal(7, group.Members.Count);
        Assert.NotNull(group.ChairId);
        Assert.NotEqual(chair, group.ChairId);
    }

    [Fact]
    public async Task Post_MoveSomeoneNotTakingPartOrToNoSuchGroup_IsNotFoundAndChangesNothing()
    {
        var (community, session, client) = await SessionAsync();
        var people = await app.BookAsync(community, session, Sixty("Absent").Take(8));
        await client.PostJsonAsync(BreakoutsPath(community), new { });
        var outsider = await app.MemberAsync(community, "Nat Notbooked");

        var (notTakingPart, problem) = await client.PostJsonAsync($"{BreakoutsPath(community)}/move", new { personId = outsider.Id, to = "new" });
        var (noGroup, noGroupProblem) = await client.PostJsonAsync($"{BreakoutsPath(community)}/move", new { personId = people[0].Id, to = "7" });

        Assert.Equal(HttpStatusCode.NotFound, notTakingPart.StatusCode);
        Assert.Equal("Nobody with this personId is taking part in session 1.", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, noGroup.StatusCode);
        Assert.Equal("Session 1 has no breakout group 7.", noGroupProblem.GetProperty("detail").GetString());
        var group = Assert.Single(await app.GroupsAsync(session));
        Assert.Equal(8, group.Members.Count);
    }

    [Fact]
    public async Task Post_MoveWithoutWhoOrWhere_IsAProblemForEach()
    {
        var (community, session, client) = await SessionAsync();
        await app.BookAsync(community, session, Sixty("Where").Take(8));
        await client.PostJsonAsync(BreakoutsPath(community), new { });

        var (response, problem) = await client.PostJsonAsync($"{BreakoutsPath(community)}/move", new { to = "sideways" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = problem.GetProperty("errors");
        Assert.Equal("Send the personId of the person to move, as the groups list them", errors.GetProperty("personId")[0].GetString());
        Assert.StartsWith("Send to: the number of a group", errors.GetProperty("to")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(8, Assert.Single(await app.GroupsAsync(session)).Members.Count);
    }

    [Fact]
    public async Task Put_Chair_ChoosesSomeoneInTheGroupOnceHoweverOftenSent()
    {
        var (community, session, client) = await SessionAsync();
        await app.BookAsync(community, session, Sixty("Chair").Take(8));
        await client.PostJsonAsync(BreakoutsPath(community), new { });
        var group = Assert.Single(await app.GroupsAsync(session));
        var next = group.Members.Select(m => m.PersonId).First(id => id != group.ChairId);

        var (first, result) = await client.PutJsonAsync($"{BreakoutsPath(community)}/1/chair", new { personId = next });
        var (second, _) = await client.PutJsonAsync($"{BreakoutsPath(community)}/1/chair", new { personId = next });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var chair = Assert.Single(result.GetProperty("groups")[0].GetProperty("members").EnumerateArray(), m => m.GetProperty("chairs").GetBoolean());
        Assert.Equal(next, chair.GetProperty("personId").GetGuid());
        Assert.Equal(next, Assert.Single(await app.GroupsAsync(session)).ChairId);
    }

    [Fact]
    public async Task Put_ChairNotInTheGroupOrOfNoSuchGroup_IsNotFoundAndWithNobodyIsAProblem()
    {
        var (community, session, client) = await SessionAsync();
        await app.BookAsync(community, session, Sixty("NoChair").Take(14));
        await client.PostJsonAsync(BreakoutsPath(community), new { });
        var groups = await app.GroupsAsync(session);
        var elsewhere = groups[1].Members.Select(m => m.PersonId).First(id => id != groups[1].ChairId);

        var (notInIt, problem) = await client.PutJsonAsync($"{BreakoutsPath(community)}/1/chair", new { personId = elsewhere });
        var (noGroup, _) = await client.PutJsonAsync($"{BreakoutsPath(community)}/9/chair", new { personId = elsewhere });
        var (nobody, invalid) = await client.PutJsonAsync($"{BreakoutsPath(community)}/1/chair", new { });

        Assert.Equal(HttpStatusCode.NotFound, notInIt.StatusCode);
        Assert.Equal("Nobody with this personId is in group 1: move them into it first.", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, noGroup.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, nobody.StatusCode);
        Assert.Equal("Send the personId of the person in the group who is to chair it", invalid.GetProperty("errors").GetProperty("personId")[0].GetString());
        Assert.Equal(groups.Select(g => g.ChairId), (await app.GroupsAsync(session)).Select(g => g.ChairId));
    }

    private async Task<(Community Community, Session Session, HttpClient Facilitator)> SessionAsync()
    {
        var community = await app.CreateCommunityAsync();
        var facilitator = await app.MemberAsync(community, "Fay Facilitator", CommunityRole.Facilitator);
        var session = await app.CreateSessionAsync(community, app.Today);
        return (community, session, await app.ApiClientForAsync(facilitator));
    }

    private static string BreakoutsPath(Community community) => $"/api/v1/communities/{community.Slug}/sessions/1/breakouts";
}
