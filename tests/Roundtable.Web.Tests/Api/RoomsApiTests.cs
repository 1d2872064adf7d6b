using Roundtable.Tests.Shared;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Rooms;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Sessions;
using Roundtable.Web.Tests.Rooms;

namespace Roundtable.Web.Tests.Api;

[Collection(SharedApps.Api)]
public class RoomsApiTests(RoundtableApp app)
{
    private static readonly byte[] Png = TestPhotos.Png;

    private static readonly string[] Endpoints = ["", "/prompts", "/contributions", "/reactions"];

    public enum Caller
    {
        Participant,
        Facilitator,
    }

    [Theory]
    [InlineData(Caller.Participant)]
    [InlineData(Caller.Facilitator)]
    public async Task Get_Anonymous_NoResponseCarriesItsAuthorAnywhere(Caller caller)
    {
        var room = await app.OpenRoomAsync(memberName: "Quentin Quietwriter");
        await app.SetNamingAsync(room.Community, room.Member, Naming.FullName);
        var reader = await app.MemberAsync(room.Community, "Rita Reader");
        var scaling = await app.OpenPromptAsync(room, PromptKind.Scaling, "Where are we now?", asksGoodEnough: true);
        var general = (await app.ContributeAsync(room, "Hard to say out loud", anonymous: true)).Contribution!.Id;
        await app.UseAsync<Contributions, ContributionResult>(c => c.AddAsync(
            room.RoomId, room.Participant, new NewContribution(Guid.NewGuid(), scaling.Id, null, Scale: 4, GoodEnough: 6, Anonymous: true)));
        var hidden = (await app.ContributeAsync(room, "Too raw to stay", anonymous: true)).Contribution!.Id;
        await app.UseAsync<Moderation, ModerationResult>(m => m.HideAsync(room.RoomId, hidden, "Names a colleague", room.Facilitator.Id));
        // Said aloud, recorded by the facilitator, for a speaker who chose not to be named.
        await app.UseAsync<Contributions, ContributionResult>(c => c.RecordSpokenAsync(
            room.RoomId, room.Facilitator.Id, new SpokenContribution(Guid.NewGuid(), null, "Said aloud without a name", null)));
        await ReactAsync(room, general, ReactionKind.Heart, ReactionKind.ThankYou);
        var client = await app.ApiClientForAsync(caller == Caller.Facilitator ? room.Facilitator : reader);

        var bodies = new List<string>();
        foreach (var endpoint in Endpoints)
        {
            var (response, _, body) = await client.GetJsonAsync(RoomPath(room, endpoint));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            bodies.Add(body);
        }

        var (_, list, _) = await client.GetJsonAsync(RoomPath(room, "/contributions"));
        var listed = list.GetProperty("contributions").EnumerateArray().ToList();
        Assert.Equal(caller == Caller.Facilitator ? 4 : 3, listed.Count);
        Assert.All(listed, c => Assert.Equal(JsonValueKind.Null, c.GetProperty("name").ValueKind));
        // The facilitator scribed and hid: neither makes them an author anyone is told of.
        string[] traces =
        [
            "Quentin", "Quietwriter", room.Member.Email!, room.Member.Id.ToString(), room.Member.Id.ToString("N"),
            "Fran", room.Facilitator.Email!, room.Facilitator.Id.ToString(), room.Facilitator.Id.ToString("N"),
        ];
        foreach (var body in bodies)
        {
            Assert.All(traces, trace => Assert.DoesNotContain(trace, body, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task Get_Contributions_NamesPeopleOnlyAsTheyChose()
    {
        var room = await app.OpenRoomAsync(memberName: "Priya Patel");
        await app.ChangeMembershipAsync(room.Community, room.Member, m =>
        {
            m.Naming = Naming.RoleOnly;
            m.JobRole = "Peer support worker";
        });
        var speaker = await app.MemberAsync(room.Community, "Sam Speaker", choose: m => m.Naming = Naming.FullName);
        await app.ContributeAsync(room, "By role");
        await app.UseAsync<Contributions, ContributionResult>(c => c.RecordSpokenAsync(
            room.RoomId, room.Facilitator.Id, new SpokenContribution(Guid.NewGuid(), null, "Said aloud", speaker.Id)));
        var client = await app.ApiClientForAsync(room.Facilitator);

        var (_, list, body) = await client.GetJsonAsync(RoomPath(room, "/contributions"));

        Assert.Equal(
            [("By role", "Peer support worker", "Text"), ("Said aloud", "Sam Speaker", "Spoken")],
            list.GetProperty("contributions").EnumerateArray()
                .Select(c => (c.GetProperty("text").GetString(), c.GetProperty("name").GetString(), c.GetProperty("kind").GetString())));
        Assert.DoesNotContain("Priya", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Fran", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Contributions_HiddenOnesAreListedOnlyToFacilitatorsWithWhy()
    {
        var room = await app.OpenRoomAsync();
        await app.ContributeAsync(room, "Kept");
        var hidden = (await app.ContributeAsync(room, "Hidden away")).Contribution!.Id;
        await app.UseAsync<Moderation, ModerationResult>(m => m.HideAsync(room.RoomId, hidden, "Unkind to someone not here", room.Facilitator.Id));
        var participant = await app.ApiClientForAsync(room.Member);
        var facilitator = await app.ApiClientForAsync(room.Facilitator);

        var (_, theirs, theirBody) = await participant.GetJsonAsync(RoomPath(room, "/contributions"));
        var (_, facilitators, _) = await facilitator.GetJsonAsync(RoomPath(room, "/contributions"));

        var seen = Assert.Single(theirs.GetProperty("contributions").EnumerateArray());
        Assert.Equal("Kept", seen.GetProperty("text").GetString());
        Assert.False(seen.TryGetProperty("hidden", out _));
        Assert.DoesNotContain("Hidden away", theirBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Unkind", theirBody, StringComparison.Ordinal);
        var all = facilitators.GetProperty("contributions").EnumerateArray().ToList();
        Assert.Equal([("Kept", false), ("Hidden away", true)], all.Select(c => (c.GetProperty("text").GetString(), c.GetProperty("hidden").GetBoolean())));
        Assert.Equal("Unkind to someone not here", all[1].GetProperty("hiddenReason").GetString());
        Assert.Equal(app.Clock.GetUtcNow(), all[1].GetProperty("hiddenAt").GetDateTimeOffset());
        Assert.False(all[0].TryGetProperty("hiddenReason", out _));
    }

    [Theory]
    [InlineData(Caller.Participant)]
    [InlineData(Caller.Facilitator)]
    public async Task Get_Contributions_DeletedOnesAreListedToNobody(Caller caller)
    {
        var room = await app.OpenRoomAsync();
        await app.ContributeAsync(room, "Still here");
        var deleted = (await app.ContributeAsync(room, "Taken back")).Contribution!.Id;
        await app.UseAsync<Contributions, ContributionResult>(c => c.DeleteAsync(room.RoomId, deleted, room.Participant));
        var client = await app.ApiClientForAsync(caller == Caller.Facilitator ? room.Facilitator : room.Member);

        var (_, list, body) = await client.GetJsonAsync(RoomPath(room, "/contributions"));

        Assert.Equal(["Still here"], list.GetProperty("contributions").EnumerateArray().Select(c => c.GetProperty("text").GetString()));
        Assert.DoesNotContain(deleted.ToString(), body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Get_Contributions_BreakoutAnswersReachOnlyTheirGroupAndFacilitators()
    {
        var room = await app.OpenRoomAsync();
        var other = await app.MemberAsync(room.Community, "Gale Group-Two");
        await app.AddBreakoutGroupAsync(room.Session, 1, room.Member, room.Member);
        await app.AddBreakoutGroupAsync(room.Session, 2, other, other);
        var prompt = await app.OpenPromptAsync(room, PromptKind.Reflection, "What stayed with you?", audience: PromptAudience.EachBreakoutGroup);
        await app.ContributeAsync(room, "To everyone");
        await app.ContributeAsync(room, "Group 1's answer", promptId: prompt.Id);
        await app.ContributeAsync(room, "Group 2's answer", Participant.Member(other.Id), prompt.Id);

        var group1 = await ListAsync(room, room.Member);
        var group2 = await ListAsync(room, other);
        var facilitators = await ListAsync(room, room.Facilitator);
        var (_, summary, _) = await (await app.ApiClientForAsync(other)).GetJsonAsync(RoomPath(room));

        Assert.Equal(["To everyone", "Group 1's answer"], group1.Select(c => c.GetProperty("text").GetString()));
        Assert.Equal(["To everyone", "Group 2's answer"], group2.Select(c => c.GetProperty("text").GetString()));
        Assert.Equal(["To everyone", "Group 1's answer", "Group 2's answer"], facilitators.Select(c => c.GetProperty("text").GetString()));
        Assert.Equal([JsonValueKind.Null, JsonValueKind.Number, JsonValueKind.Number], facilitators.Select(c => c.GetProperty("breakoutGroupNumber").ValueKind));
        Assert.Equal(2, summary.GetProperty("yourBreakoutGroup").GetInt32());
        Assert.Equal(2, summary.GetProperty("counts").GetProperty("contributions").GetInt32());
    }

    [Fact]
    public async Task Get_Contributions_AfterAndTake_PageThroughInOrder()
    {
        var room = await app.OpenRoomAsync();
        foreach (var n in Enumerable.Range(1, 5))
        {
            await app.ContributeAsync(room, $"Thought {n}");
        }

        var client = await app.ApiClientForAsync(room.Member);

        var (_, first, _) = await client.GetJsonAsync(RoomPath(room, "/contributions?take=2"));
        var last = first.GetProperty("contributions").EnumerateArray().Last().GetProperty("sequence").GetInt64();
        var (_, rest, _) = await client.GetJsonAsync(RoomPath(room, $"/contributions?after={last}&take=10"));

        Assert.True(first.GetProperty("more").GetBoolean());
        Assert.False(rest.GetProperty("more").GetBoolean());
        var texts = first.GetProperty("contributions").EnumerateArray().Concat(rest.GetProperty("contributions").EnumerateArray())
            .Select(c => c.GetProperty("text").GetString());
        Assert.Equal(Enumerable.Range(1, 5).Select(n => $"Thought {n}"), texts);
        var sequences = rest.GetProperty("contributions").EnumerateArray().Select(c => c.GetProperty("sequence").GetInt64()).ToList();
        Assert.All(sequences, s => Assert.True(s > last));
        Assert.Equal(sequences.Order(), sequences);
    }

    [Theory]
    [InlineData("after=-1", "after")]
    [InlineData("take=0", "take")]
    [InlineData("take=201", "take")]
    public async Task Get_Contributions_AfterOrTakeOutOfRange_IsAProblemForThatField(string query, string field)
    {
        var room = await app.OpenRoomAsync();
        var client = await app.ApiClientForAsync(room.Member);

        var (response, problem, _) = await client.GetJsonAsync(RoomPath(room, "/contributions?" + query));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([field], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task Get_Reactions_CountsEachQuestionAndGroupAsTheRecordDoes()
    {
        var room = await app.OpenRoomAsync();
        var other = await app.MemberAsync(room.Community, "Gale Group-Two");
        await app.AddBreakoutGroupAsync(room.Session, 1, room.Member, room.Member);
        await app.AddBreakoutGroupAsync(room.Session, 2, other, other);
        var reflection = await app.OpenPromptAsync(room, PromptKind.Reflection, "What has stayed with you?", audience: PromptAudience.EachBreakoutGroup);
        // Prompts are in the order they were opened.
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        var closing = await app.OpenPromptAsync(room, PromptKind.ClosingWord, "One word for how you feel");
        var group1 = (await app.ContributeAsync(room, "Being listened to", promptId: reflection.Id)).Contribution!.Id;
        var group2 = (await app.ContributeAsync(room, "The carer's story", Participant.Member(other.Id), reflection.Id)).Contribution!.Id;
        var general = (await app.ContributeAsync(room, "Thank you all")).Contribution!.Id;
        var hidden = (await app.ContributeAsync(room, "Hidden later")).Contribution!.Id;
        await ReactAsync(room, group1, [.. Enumerable.Repeat(ReactionKind.Agree, 10), .. Enumerable.Repeat(ReactionKind.ThankYou, 5), .. Enumerable.Repeat(ReactionKind.Heart, 5)]);
        await ReactAsync(room, group2, [.. Enumerable.Repeat(ReactionKind.Heart, 8), .. Enumerable.Repeat(ReactionKind.Lightbulb, 6), .. Enumerable.Repeat(ReactionKind.Question, 4)]);
        await ReactAsync(room, general, ReactionKind.Heart, ReactionKind.Heart, ReactionKind.ThankYou);
        await ReactAsync(room, hidden, ReactionKind.Agree, ReactionKind.Agree);
        await app.UseAsync<Moderation, ModerationResult>(m => m.HideAsync(room.RoomId, hidden, "Off topic", room.Facilitator.Id));

        var (_, facilitators, _) = await (await app.ApiClientForAsync(room.Facilitator)).GetJsonAsync(RoomPath(room, "/reactions"));
        var (_, theirs, _) = await (await app.ApiClientForAsync(room.Member)).GetJsonAsync(RoomPath(room, "/reactions"));

        // The seed's "38 reactions on the breakout reflection question".
        var prompts = facilitators.GetProperty("prompts").EnumerateArray().ToList();
        Assert.Equal([reflection.Id, closing.Id], prompts.Select(p => p.GetProperty("promptId").GetGuid()));
        Assert.Equal(38, prompts[0].GetProperty("reactions").GetProperty("total").GetInt32());
        Assert.Equal(
            [(1, 10, 5, 5, 0, 0, 20), (2, 0, 0, 8, 6, 4, 18)],
            prompts[0].GetProperty("groups").EnumerateArray().Select(g => (g.GetProperty("group").GetInt32(), Counts(g.GetProperty("reactions")))).Select(g =>
                (g.Item1, g.Item2.Agree, g.Item2.ThankYou, g.Item2.Heart, g.Item2.Lightbulb, g.Item2.Question, g.Item2.Total)));
        Assert.Equal(0, prompts[1].GetProperty("reactions").GetProperty("total").GetInt32());
        Assert.Equal((0, 1, 2, 0, 0, 3), Counts(facilitators.GetProperty("general")));
        Assert.Equal(41, facilitators.GetProperty("total").GetProperty("total").GetInt32());
        // Group 1 reads its own group's answers, not group 2's.
        var theirReflection = theirs.GetProperty("prompts")[0];
        Assert.Equal(20, theirReflection.GetProperty("reactions").GetProperty("total").GetInt32());
        Assert.Equal([1], theirReflection.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("group").GetInt32()));
        Assert.Equal(23, theirs.GetProperty("total").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Get_Prompts_ListsEveryQuestionAskedInOrder()
    {
        var room = await app.OpenRoomAsync();
        var opened = app.Clock.GetUtcNow();
        var scaling = await app.OpenPromptAsync(room, PromptKind.Scaling, "On a scale of 1 to 10, where are we now?", asksGoodEnough: true);
        await app.UseAsync<Prompts, PromptResult>(p => p.CloseAsync(room.RoomId, scaling.Id));
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        await app.OpenPromptAsync(room, PromptKind.Reflection, "What stayed with you?", audience: PromptAudience.EachBreakoutGroup);
        var client = await app.ApiClientForAsync(room.Member);

        var (response, prompts, _) = await client.GetJsonAsync(RoomPath(room, "/prompts"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            [
                ("Scaling", "On a scale of 1 to 10, where are we now?", "Everyone", true, false),
                ("Reflection", "What stayed with you?", "EachBreakoutGroup", false, true),
            ],
            prompts.EnumerateArray().Select(p => (
                p.GetProperty("kind").GetString(), p.GetProperty("text").GetString(), p.GetProperty("audience").GetString(),
                p.GetProperty("asksGoodEnough").GetBoolean(), p.GetProperty("closedAt").ValueKind == JsonValueKind.Null)));
        Assert.Equal(scaling.Id, prompts[0].GetProperty("id").GetGuid());
        Assert.Equal(opened, prompts[0].GetProperty("openedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Get_Room_SaysItsStateCurrentItemAndCounts()
    {
        var room = await app.OpenRoomAsync();
        var item = new RunningOrderItem { SessionId = room.Session.Id, Position = 1, Title = "Breakout reflection", Minutes = 20 };
        await app.WithDbAsync(db =>
        {
            db.RunningOrderItems.Add(item);
            return db.SaveChangesAsync();
        });
        await app.UseAsync<LiveRooms, RoomResult>(r => r.MoveToItemAsync(room.RoomId, item.Id));
        var started = app.Clock.GetUtcNow();
        var prompt = await app.OpenPromptAsync(room, PromptKind.BestHopes, "What are your best hopes from today?");
        var answer = (await app.ContributeAsync(room, "To be heard", promptId: prompt.Id)).Contribution!.Id;
        await app.ContributeAsync(room, "Hello all");
        var hidden = (await app.ContributeAsync(room, "Not for here")).Contribution!.Id;
        await app.UseAsync<Moderation, ModerationResult>(m => m.HideAsync(room.RoomId, hidden, "Off topic", room.Facilitator.Id));
        await ReactAsync(room, answer, ReactionKind.Agree, ReactionKind.Lightbulb);
        app.Clock.Advance(TimeSpan.FromMinutes(7.5));

        var (response, theirs, theirBody) = await (await app.ApiClientForAsync(room.Member)).GetJsonAsync(RoomPath(room));
        var (_, facilitators, _) = await (await app.ApiClientForAsync(room.Facilitator)).GetJsonAsync(RoomPath(room));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Open", theirs.GetProperty("state").GetString());
        Assert.Equal("Participant", theirs.GetProperty("youAre").GetString());
        Assert.Equal(JsonValueKind.Null, theirs.GetProperty("yourBreakoutGroup").ValueKind);
        var current = theirs.GetProperty("currentItem");
        Assert.Equal(
            (item.Id, "Breakout reflection", 20, started, 7),
            (current.GetProperty("id").GetGuid(), current.GetProperty("title").GetString(), current.GetProperty("minutes").GetInt32(),
                current.GetProperty("startedAt").GetDateTimeOffset(), current.GetProperty("minutesUsed").GetInt32()));
        var counts = theirs.GetProperty("counts");
        Assert.Equal((1, 1, 2, 2), (counts.GetProperty("prompts").GetInt32(), counts.GetProperty("openPrompts").GetInt32(),
            counts.GetProperty("contributions").GetInt32(), counts.GetProperty("reactions").GetInt32()));
        Assert.False(counts.TryGetProperty("hidden", out _));
        Assert.DoesNotContain("hidden", theirBody, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Facilitator", facilitators.GetProperty("youAre").GetString());
        Assert.Equal(1, facilitators.GetProperty("counts").GetProperty("hidden").GetInt32());
        Assert.Equal(2, facilitators.GetProperty("counts").GetProperty("contributions").GetInt32());
    }

    [Fact]
    public async Task Get_Room_NeverOpened_IsNotOpenWithNothingSaidAndReadingItMakesNoRoom()
    {
        var community = await app.CreateCommunityAsync();
        var member = await app.MemberAsync(community, "Early Reader");
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(20));
        var client = await app.ApiClientForAsync(member);
        var path = $"/api/v1/communities/{community.Slug}/sessions/{session.Number}/room";

        var (response, summary, _) = await client.GetJsonAsync(path);
        var (_, contributions, _) = await client.GetJsonAsync(path + "/contributions");
        var (_, prompts, _) = await client.GetJsonAsync(path + "/prompts");
        var (_, reactions, _) = await client.GetJsonAsync(path + "/reactions");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("NotOpen", summary.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("currentItem").ValueKind);
        Assert.Equal(0, summary.GetProperty("counts").GetProperty("contributions").GetInt32());
        Assert.Equal(0, contributions.GetProperty("contributions").GetArrayLength());
        Assert.Equal(0, prompts.GetArrayLength());
        Assert.Equal(0, reactions.GetProperty("total").GetProperty("total").GetInt32());
        Assert.False(await app.WithDbAsync(db => db.Rooms.AnyAsync(r => r.SessionId == session.Id)));
    }

    [Theory]
    [InlineData("sessions/99", "This community has no session 99.")]
    [InlineData("preparation-meetings/99", "This community has no preparation meeting 99.")]
    public async Task Get_UnknownSessionOrMeeting_IsANotFoundProblemAtEveryEndpoint(string meeting, string detail)
    {
        var room = await app.OpenRoomAsync(SessionKind.PreparationMeeting);
        var client = await app.ApiClientForAsync(room.Facilitator);

        foreach (var endpoint in Endpoints.Append($"/contributions/{Guid.NewGuid()}/photo"))
        {
            var (response, problem, _) = await client.GetJsonAsync($"/api/v1/communities/{room.Community.Slug}/{meeting}/room{endpoint}");

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(detail, problem.GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task Get_CancelledSession_HasNoRoomToRead()
    {
        var room = await app.OpenRoomAsync();
        await app.ContributeAsync(room, "Before it was cancelled");
        await app.WithDbAsync(db => db.Sessions.Where(s => s.Id == room.Session.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Status, SessionStatus.Cancelled).SetProperty(s => s.CancelReason, "Snow")));
        var client = await app.ApiClientForAsync(room.Member);

        var (response, problem, body) = await client.GetJsonAsync(RoomPath(room, "/contributions"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal($"Session {room.Session.Number} was cancelled, so it has no live room.", problem.GetProperty("detail").GetString());
        Assert.DoesNotContain("Before it was cancelled", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Photo_IsServedAtTheUrlItsContributionGivesToThoseWhoMayReadIt()
    {
        var room = await app.OpenRoomAsync();
        var shared = Guid.NewGuid();
        await app.UseAsync<Contributions, ContributionResult>(c => c.AddAsync(
            room.RoomId, room.Participant, new NewContribution(shared, null, null, Photo: new NewPhoto(Png, "Our flipchart: three hopes"))));
        var participant = await app.ApiClientForAsync(room.Member);
        var facilitator = await app.ApiClientForAsync(room.Facilitator);

        var (_, list, _) = await participant.GetJsonAsync(RoomPath(room, "/contributions"));
        var photo = Assert.Single(list.GetProperty("contributions").EnumerateArray()).GetProperty("photo");
        var url = photo.GetProperty("url").GetString()!;
        using var served = await participant.GetAsync(url);
        await app.UseAsync<Moderation, ModerationResult>(m => m.HideAsync(room.RoomId, shared, "A face is visible", room.Facilitator.Id));
        using var hiddenToThem = await participant.GetAsync(url);
        using var hiddenToFacilitators = await facilitator.GetAsync(url);

        Assert.Equal(("Our flipchart: three hopes", "image/png"), (photo.GetProperty("description").GetString(), photo.GetProperty("contentType").GetString()));
        Assert.Equal(RoomPath(room, $"/contributions/{shared}/photo"), url);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TestPhotos.PngAsKept, await served.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, hiddenToThem.StatusCode);
        Assert.Equal(HttpStatusCode.OK, hiddenToFacilitators.StatusCode);
    }

    [Fact]
    public async Task Get_PreparationMeetingRoom_IsReadByTheGroupAtItsOwnAddress()
    {
        var room = await app.OpenRoomAsync(SessionKind.PreparationMeeting);
        await app.ContributeAsync(room, "Shaping the agenda together");
        var path = $"/api/v1/communities/{room.Community.Slug}/preparation-meetings/{room.Session.Number}/room";
        var member = await app.ApiClientForAsync(room.Member);
        var coLead = await app.ApiClientForAsync(room.Facilitator);

        var (_, theirs, _) = await member.GetJsonAsync(path + "/contributions");
        var (_, summary, _) = await coLead.GetJsonAsync(path);
        var (asSession, _, _) = await member.GetJsonAsync($"/api/v1/communities/{room.Community.Slug}/sessions/{room.Session.Number}/room/contributions");

        Assert.Equal(["Shaping the agenda together"], theirs.GetProperty("contributions").EnumerateArray().Select(c => c.GetProperty("text").GetString()));
        Assert.Equal(("Open", "Facilitator"), (summary.GetProperty("state").GetString(), summary.GetProperty("youAre").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, asSession.StatusCode);
    }

    [Fact]
    public async Task Get_AsAGuestWithTheirRoomSecret_IsNotLetIn()
    {
        var room = await app.OpenRoomAsync();
        await app.ContributeAsync(room, "Members only through the API");
        var joinLink = (await app.UseAsync<RoomLinks, string?>(l => l.NewJoinLinkAsync(room.RoomId)))!;
        var guest = await app.UseAsync<RoomLinks, RoomLinks.GuestJoin>(l => l.JoinAsGuestAsync(joinLink, "Gita Guest"));
        var byCookie = app.CreateBrowser();
        byCookie.DefaultRequestHeaders.Add("Cookie", $"{RoomPagesCookie}={guest.GuestToken}");
        var byBearer = app.CreateBrowser();
        byBearer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", guest.GuestToken);

        var (withCookie, _, cookieBody) = await byCookie.GetJsonAsync(RoomPath(room, "/contributions"));
        var (withBearer, _, bearerBody) = await byBearer.GetJsonAsync(RoomPath(room, "/contributions"));

        Assert.Equal(HttpStatusCode.Unauthorized, withCookie.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withBearer.StatusCode);
        Assert.DoesNotContain("Members only", cookieBody + bearerBody, StringComparison.Ordinal);
    }

    private const string RoomPagesCookie = Roundtable.Web.Pages.Communities.Rooms.RoomHub.GuestCookie;

    private static string RoomPath(OpenRoom room, string rest = "") =>
        $"/api/v1/communities/{room.Community.Slug}/sessions/{room.Session.Number}/room{rest}";

    private async Task<List<JsonElement>> ListAsync(OpenRoom room, Person reader)
    {
        var (_, list, _) = await (await app.ApiClientForAsync(reader)).GetJsonAsync(RoomPath(room, "/contributions"));
        return list.GetProperty("contributions").EnumerateArray().ToList();
    }

    // Each reaction from someone new, so no one person's limit holds any back.
    private async Task ReactAsync(OpenRoom room, Guid contribution, params ReactionKind[] kinds)
    {
        foreach (var kind in kinds)
        {
            var result = await app.UseAsync<Reactions, ReactionResult>(r => r.ToggleAsync(room.RoomId, contribution, Participant.Member(Guid.NewGuid()), kind));
            Assert.Equal(ReactionOutcome.Added, result.Outcome);
        }
    }

    private static (int Agree, int ThankYou, int Heart, int Lightbulb, int Question, int Total) Counts(JsonElement tally) => (
        tally.GetProperty("agree").GetInt32(), tally.GetProperty("thankYou").GetInt32(), tally.GetProperty("heart").GetInt32(),
        tally.GetProperty("lightbulb").GetInt32(), tally.GetProperty("question").GetInt32(), tally.GetProperty("total").GetInt32());
}
