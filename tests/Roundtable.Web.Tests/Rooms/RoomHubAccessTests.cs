using System.Net;
using Microsoft.AspNetCore.SignalR;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;
using Roundtable.Web.Pages.Communities.Rooms;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Rooms;

namespace Roundtable.Web.Tests.Rooms;

// Who the room's hub lets into which room: the same rules as the room's pages (RoomAccess).
[Collection(SharedApps.LiveRooms)]
public class RoomHubAccessTests(RoomHubApp app)
{
    [Fact]
    public async Task Join_NotSignedIn_IsRefused()
    {
        var room = await app.OpenRoomAsync();
        await using var stranger = await app.ConnectRoomAsync();

        var refused = await Assert.ThrowsAsync<HubException>(() => stranger.JoinAsync(room));

        Assert.Contains(RoomHub.CannotJoin, refused.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<HubException>(() => stranger.ContributeAsync("Let me in"));
    }

    [Fact]
    public async Task Join_SignedInButNotAMember_IsRefused()
    {
        var room = await app.OpenRoomAsync();
        await using var outsider = await app.ConnectRoomAsync(await app.CreatePersonAsync("Pat Outsider"));

        await Assert.ThrowsAsync<HubException>(() => outsider.JoinAsync(room));
    }

    [Fact]
    public async Task Join_AMemberOfAnotherCommunity_IsRefused()
    {
        var room = await app.OpenRoomAsync();
        var elsewhere = await app.OpenRoomAsync();
        await using var visitor = await app.ConnectRoomAsync(elsewhere.Facilitator);

        await Assert.ThrowsAsync<HubException>(() => visitor.JoinAsync(room));
        Assert.Equal(RoomSeatKind.Facilitator, (await visitor.JoinAsync(elsewhere)).Seat);
    }

    [Fact]
    public async Task Join_APreparationMeeting_OnlyTheLivedExpertGroupAndCoLeads()
    {
        var meeting = await app.OpenRoomAsync(SessionKind.PreparationMeeting);
        var member = await app.CreatePersonAsync("Ash Member");
        await app.JoinAsync(meeting.Community, member);
        var facilitator = await app.CreatePersonAsync("Fay Facilitator");
        await app.JoinAsync(meeting.Community, facilitator, CommunityRole.Facilitator);
        var admin = await app.CreatePersonAsync("Ada Admin");
        await app.MakeSiteAdminAsync(admin);

        foreach (var refused in new[] { member, facilitator, admin })
        {
            await using var client = await app.ConnectRoomAsync(refused);
            await Assert.ThrowsAsync<HubException>(() => client.JoinAsync(meeting));
        }

        await using var expert = await app.ConnectRoomAsync(meeting.Member);
        await using var coLead = await app.ConnectRoomAsync(meeting.Facilitator);
        Assert.Equal(RoomSeatKind.Participant, (await expert.JoinAsync(meeting)).Seat);
        Assert.Equal(RoomSeatKind.Facilitator, (await coLead.JoinAsync(meeting)).Seat);
    }

    [Fact]
    public async Task Join_SiteAdminInASession_FacilitatesIt()
    {
        var room = await app.OpenRoomAsync();
        var admin = await app.CreatePersonAsync("Ada Admin");
        await app.MakeSiteAdminAsync(admin);
        await using var client = await app.ConnectRoomAsync(admin);

        Assert.Equal(RoomSeatKind.Facilitator, (await client.JoinAsync(room)).Seat);
    }

    [Fact]
    public async Task Join_AGuest_OnlyTheirOwnSessionsRoom()
    {
        var room = await app.OpenRoomAsync();
        var other = await app.OpenRoomAsync();
        var guestToken = await GuestTokenAsync(room, "Gus Guest");
        await using var guest = await app.ConnectRoomAsync();

        await Assert.ThrowsAsync<HubException>(() => guest.JoinAsync(new JoinRoom(other.Session.Id, GuestToken: guestToken)));
        var joined = await guest.JoinAsync(new JoinRoom(room.Session.Id, GuestToken: guestToken));
        var said = await guest.ContributeAsync("Glad to be here");

        Assert.Equal(RoomSeatKind.Guest, joined.Seat);
        Assert.Equal(room.RoomId, joined.RoomId);
        Assert.Equal("Gus Guest", said.Contribution!.Name);
    }

    [Fact]
    public async Task Join_AGuestByTheCookieTheirBrowserKeeps_EntersTheirRoom()
    {
        var room = await app.OpenRoomAsync();
        var cookies = new CookieContainer();
        cookies.Add(app.LoopbackAddress, new Cookie(RoomHub.GuestCookie, await GuestTokenAsync(room, null)));
        await using var guest = await app.ConnectRoomAsync(cookies);

        var joined = await guest.JoinAsync(new JoinRoom());

        Assert.Equal(room.RoomId, joined.RoomId);
        Assert.Equal(RoomSeatKind.Guest, joined.Seat);
    }

    [Fact]
    public async Task Join_AGuestWithAnUnknownSecret_IsRefused()
    {
        await using var guest = await app.ConnectRoomAsync();

        await Assert.ThrowsAsync<HubException>(() => guest.JoinAsync(new JoinRoom(GuestToken: RoomLinks.GuestPrefix + "not-a-real-secret")));
    }

    [Fact]
    public async Task Join_TheProjector_ReadsButCannotWrite()
    {
        var room = await app.OpenRoomAsync();
        var token = await app.UseAsync<RoomLinks, string?>(links => links.NewProjectorLinkAsync(room.RoomId));
        await app.ContributeAsync(room, "On the big screen");
        await using var projector = await app.ConnectRoomAsync();

        var joined = await projector.JoinAsync(new JoinRoom(ProjectorToken: token));

        Assert.Equal(RoomSeatKind.Projector, joined.Seat);
        Assert.Contains(joined.Events, e => e.Kind == RoomEventKind.ContributionAdded);
        await Assert.ThrowsAsync<HubException>(() => projector.ContributeAsync("Not from here"));
    }

    [Fact]
    public async Task Join_AProjectorLinkForAPreparationMeeting_IsRefused()
    {
        var meeting = await app.OpenRoomAsync(SessionKind.PreparationMeeting);
        await app.ContributeAsync(meeting, "Only for the group");
        var token = await app.PlantProjectorLinkAsync(meeting.RoomId);
        await using var projector = await app.ConnectRoomAsync();

        var refused = await Assert.ThrowsAsync<HubException>(() => projector.JoinAsync(new JoinRoom(ProjectorToken: token)));
        var refusedNamingTheMeeting = await Assert.ThrowsAsync<HubException>(
            () => projector.JoinAsync(new JoinRoom(meeting.Session.Id, ProjectorToken: token)));

        Assert.Contains(RoomHub.CannotJoin, refused.Message, StringComparison.Ordinal);
        Assert.Contains(RoomHub.CannotJoin, refusedNamingTheMeeting.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(projector.ReceivedFrames, f => f.Contains("Only for the group", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FacilitatorMethods_FromAParticipant_AreRefused()
    {
        var room = await app.OpenRoomAsync();
        var target = (await app.ContributeAsync(room, "Leave me be")).Contribution!.Id;
        await using var member = await app.ConnectRoomAsync(room.Member);
        await member.JoinAsync(room);

        foreach (var (method, arguments) in new (string, object?[])[]
                 {
                     ("CloseRoom", []),
                     ("OpenRoom", []),
                     ("MoveToItem", [null]),
                     ("OpenPrompt", [new OpenPrompt(PromptKind.Free, "Anything?")]),
                     ("Hide", [target, "Because"]),
                     ("Pin", [target, true]),
                     ("Show", [target]),
                     ("Hidden", []),
                 })
        {
            var refused = await Assert.ThrowsAsync<HubException>(() => member.InvokeAsync(method, arguments));
            Assert.Contains("Only a facilitator", refused.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Join_ByTheCommunityKindAndNumberInItsAddress_FindsTheSameRoom()
    {
        var meeting = await app.OpenRoomAsync(SessionKind.PreparationMeeting);
        await using var expert = await app.ConnectRoomAsync(meeting.Member);

        var joined = await expert.JoinAsync(new JoinRoom(Community: meeting.Community.Slug, Kind: SessionKind.PreparationMeeting, Number: meeting.Session.Number));

        Assert.Equal(meeting.RoomId, joined.RoomId);
        await Assert.ThrowsAsync<HubException>(() => expert.JoinAsync(new JoinRoom(Community: meeting.Community.Slug, Number: meeting.Session.Number)));
    }

    private Task<string> GuestTokenAsync(OpenRoom room, string? name) =>
        app.UseAsync<RoomLinks, string>(async links =>
        {
            var join = await links.NewJoinLinkAsync(room.RoomId);
            return (await links.JoinAsGuestAsync(join!, name)).GuestToken!;
        });
}
