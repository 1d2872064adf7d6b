using System.Net;
using Microsoft.AspNetCore.SignalR;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;
using Roundtable.Web.Pages.Communities.Rooms;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Rooms;
using Roundtable.Web.Tests.PageTests.Sessions;

namespace Roundtable.Web.Tests.Rooms;

// The room's page and the live room show each person the same things: someone who opens the
// page without JavaScript sees exactly what the hub would send them.
[Collection(SharedApps.LiveRooms)]
public class RoomBreakoutTests(RoomHubApp app)
{
    [Fact]
    public async Task Join_AndTheRoomPage_ShowEachPersonTheSameContributions()
    {
        var room = await app.OpenRoomAsync();
        var other = await app.CreatePersonAsync("Sam Othergroup");
        var outside = await app.CreatePersonAsync("Ola Outside");
        await app.JoinAsync(room.Community, other);
        await app.JoinAsync(room.Community, outside);
        await app.AddBreakoutGroupAsync(room.Session, 1, room.Member, room.Member);
        await app.AddBreakoutGroupAsync(room.Session, 2, other, other);
        var prompt = await app.OpenPromptAsync(room, PromptKind.BestHopes, "What are your best hopes?", audience: PromptAudience.EachBreakoutGroup);
        await app.ContributeAsync(room, "To everyone", Participant.Member(outside.Id));
        await app.ContributeAsync(room, "In group one", promptId: prompt.Id);
        await app.ContributeAsync(room, "In group two", Participant.Member(other.Id), promptId: prompt.Id);

        foreach (var (person, expected) in new[]
                 {
                     (room.Member, new[] { "To everyone", "In group one" }),
                     (other, ["To everyone", "In group two"]),
                     (outside, ["To everyone"]),
                     (room.Facilitator, ["To everyone", "In group one", "In group two"]),
                 })
        {
            await using var client = await app.ConnectRoomAsync(person);
            var live = (await client.JoinAsync(room)).Events
                .Where(e => e.Kind == RoomEventKind.ContributionAdded).Select(e => e.As<ContributionView>().Text).ToList();
            var page = (await (await app.BrowserForAsync(person)).GetDocumentAsync(room.RoomPath()))
                .QuerySelectorAll("#contribution-list li [data-text]").Select(t => t.TextContent.Trim()).ToList();

            Assert.Equal(expected, live);
            Assert.Equal(expected, page);
        }
    }

    [Fact]
    public async Task Post_AChairsScribeForm_ReachesFacilitatorsLiveAndNoOtherGroup()
    {
        var room = await app.OpenRoomAsync();
        var other = await app.CreatePersonAsync("Sam Othergroup");
        await app.JoinAsync(room.Community, other);
        await app.AddBreakoutGroupAsync(room.Session, 1, room.Member, room.Member);
        await app.AddBreakoutGroupAsync(room.Session, 2, null, other);
        await using var facilitator = await app.ConnectRoomAsync(room.Facilitator);
        await using var elsewhere = await app.ConnectRoomAsync(other);
        await facilitator.JoinAsync(room);
        await elsewhere.JoinAsync(room);
        var chair = await app.BrowserForAsync(room.Member);
        var page = await chair.GetDocumentAsync(room.RoomPath());

        using var recorded = await chair.SubmitAsync(page.Form("#scribe-form"), new Dictionary<string, string> { ["Scribe.Text"] = "Said aloud in group one" });

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var received = (await facilitator.NextEventAsync(RoomEventKind.ContributionAdded)).As<ContributionView>();
        Assert.Equal(("Said aloud in group one", (int?)1, ContributionKind.Spoken), (received.Text, received.BreakoutGroupNumber, received.Kind));
        // Said to the whole room next: everything the other group was told before it comes before it.
        var toEveryone = (await facilitator.ContributeAsync("For the whole room")).Contribution!;
        Assert.Equal([toEveryone.Sequence], (await elsewhere.EventsThroughAsync(toEveryone.Sequence)).Select(e => e.Sequence));
        Assert.DoesNotContain(elsewhere.ReceivedFrames, f => f.Contains("group one", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RecordSpoken_AChairNamingSomeoneOutsideTheirGroup_IsRefusedAndNothingIsStored()
    {
        var room = await app.OpenRoomAsync();
        var other = await app.CreatePersonAsync("Sam Othergroup");
        await app.JoinAsync(room.Community, other);
        await app.AddBreakoutGroupAsync(room.Session, 1, room.Member, room.Member);
        await app.AddBreakoutGroupAsync(room.Session, 2, null, other);
        await using var chair = await app.ConnectRoomAsync(room.Member);
        await chair.JoinAsync(room);

        var refused = await Assert.ThrowsAsync<HubException>(() =>
            chair.InvokeAsync<Contributed>("RecordSpoken", new RecordSpoken(Guid.NewGuid(), null, "Said in the other group", other.Id)));
        var named = await chair.InvokeAsync<Contributed>("RecordSpoken", new RecordSpoken(Guid.NewGuid(), null, "Said in my group", room.Member.Id));

        Assert.Contains("Choose someone in your group", refused.Message, StringComparison.Ordinal);
        Assert.Equal(["Said in my group"], (await app.ContributionsAsync(room)).Select(c => c.Text));
        Assert.Equal(1, named!.Contribution!.BreakoutGroupNumber);
    }

    [Fact]
    public async Task React_ToAnotherGroupsContribution_IsRefusedAndNotCounted()
    {
        var room = await app.OpenRoomAsync();
        var other = await app.CreatePersonAsync("Sam Othergroup");
        await app.JoinAsync(room.Community, other);
        await app.AddBreakoutGroupAsync(room.Session, 1, room.Member, room.Member);
        await app.AddBreakoutGroupAsync(room.Session, 2, other, other);
        var prompt = await app.OpenPromptAsync(room, PromptKind.BestHopes, "What are your best hopes?", audience: PromptAudience.EachBreakoutGroup);
        var inGroupTwo = await app.ContributeAsync(room, "In group two", Participant.Member(other.Id), promptId: prompt.Id);
        await using var member = await app.ConnectRoomAsync(room.Member);
        await member.JoinAsync(room);

        var refused = await Assert.ThrowsAsync<HubException>(() =>
            member.InvokeAsync<ReactionCounts>("React", inGroupTwo.Contribution!.Id, ReactionKind.Heart));

        Assert.Contains("no longer in the room", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => Task.FromResult(db.Reactions.Count(r => r.ContributionId == inGroupTwo.Contribution!.Id))));
    }
}
