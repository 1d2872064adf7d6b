using System.Net;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Rooms;

namespace Roundtable.Web.Tests.PageTests.Rooms;

// Guests come in with the join link the facilitator shares, and see only that session's room.
[Collection(SharedApps.Rooms)]
public class GuestTests(RoundtableApp app)
{
    [Fact]
    public async Task Post_JoinWithAName_OpensTheSessionsRoomWhereTheyCanContribute()
    {
        var room = await app.OpenRoomAsync();
        var link = await (await app.BrowserForAsync(room.Facilitator)).MakeLinkAsync(room, "join-link", "join-link");
        var guest = await app.BrowserForAsync(null);

        using var joined = await guest.SubmitAsync(link, new Dictionary<string, string> { ["DisplayName"] = "Sam from the carers' group" });
        Assert.Equal("/rooms/guest", joined.Headers.Location!.OriginalString);
        var inRoom = await guest.FollowAsync(joined);
        using var sent = await guest.SubmitAsync(inRoom.Form("#answer-general"), new Dictionary<string, string> { ["Forms[general].Text"] = "Thank you for having me" });
        var after = await guest.FollowAsync(sent);

        Assert.Equal(room.RoomId.ToString(), inRoom.GetElementById("room")!.GetAttribute("data-room-id"));
        var shown = after.ContributionSaying("Thank you for having me")!;
        Assert.Equal("Sam from the carers' group", shown.QuerySelector("[data-name]")!.TextContent.Trim());
        Assert.NotNull(shown.QuerySelector("[data-yours]"));
        var member = await (await app.BrowserForAsync(room.Member)).GetDocumentAsync(room.RoomPath());
        Assert.Equal("Sam from the carers' group", member.ContributionSaying("Thank you for having me")!.QuerySelector("[data-name]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Post_JoinWithoutAName_IsShownAsAGuest()
    {
        var room = await app.OpenRoomAsync();
        var link = await (await app.BrowserForAsync(room.Facilitator)).MakeLinkAsync(room, "join-link", "join-link");
        var guest = await app.BrowserForAsync(null);

        using var joined = await guest.SubmitAsync(link);
        var inRoom = await guest.FollowAsync(joined);

        Assert.Contains("With my name: A guest", inRoom.GetElementById("answer-general")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AGuest_SeesOnlyTheirOwnSessionsRoom()
    {
        var room = await app.OpenRoomAsync();
        var other = await app.CreateSessionAsync(room.Community, app.Today.AddDays(83));
        var otherCommunity = await app.OpenRoomAsync();
        var link = await (await app.BrowserForAsync(room.Facilitator)).MakeLinkAsync(room, "join-link", "join-link");
        var guest = await app.BrowserForAsync(null);
        using var joined = await guest.SubmitAsync(link);

        using var own = await guest.GetAsync(room.RoomPath());
        using var otherSession = await guest.GetAsync($"/communities/{room.Community.Slug}/sessions/{other.Number}/room");
        using var elsewhere = await guest.GetAsync(otherCommunity.RoomPath());
        using var console = await guest.GetAsync(room.ConsolePath());

        Assert.Equal("/rooms/guest", own.Headers.Location!.OriginalString);
        Assert.StartsWith("http://localhost/sign-in", otherSession.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("http://localhost/sign-in", elsewhere.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("http://localhost/sign-in", console.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_JoinLinkOfAClosedRoom_SaysItHasClosed()
    {
        var room = await app.OpenRoomAsync();
        var link = await (await app.BrowserForAsync(room.Facilitator)).MakeLinkAsync(room, "join-link", "join-link");
        await app.UseAsync<LiveRooms, RoomResult>(r => r.CloseAsync(room.RoomId));

        var page = await (await app.BrowserForAsync(null)).GetDocumentAsync(link);

        Assert.NotNull(page.GetElementById("room-closed"));
        Assert.Null(page.QuerySelector("form#join"));
    }

    [Fact]
    public async Task Get_JoinLinkAsAMember_GoesToTheRoomAsThemselves()
    {
        var room = await app.OpenRoomAsync();
        var link = await (await app.BrowserForAsync(room.Facilitator)).MakeLinkAsync(room, "join-link", "join-link");

        using var response = await (await app.BrowserForAsync(room.Member)).GetAsync(link);

        Assert.Equal(room.RoomPath(), response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Get_ANewJoinLink_StopsTheOldOneButNotTheGuestsAlreadyIn()
    {
        var room = await app.OpenRoomAsync();
        var facilitator = await app.BrowserForAsync(room.Facilitator);
        var old = await facilitator.MakeLinkAsync(room, "join-link", "join-link");
        var guest = await app.BrowserForAsync(null);
        using var joined = await guest.SubmitAsync(old);
        await facilitator.MakeLinkAsync(room, "join-link", "join-link");

        using var oldLink = await (await app.BrowserForAsync(null)).GetAsync(old);
        using var stillIn = await guest.GetAsync("/rooms/guest");

        Assert.Equal(HttpStatusCode.NotFound, oldLink.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
    }

    [Fact]
    public async Task Get_PreparationMeetingConsole_OffersNoJoinLink()
    {
        var room = await app.OpenRoomAsync(SessionKind.PreparationMeeting);
        var coLead = await app.BrowserForAsync(room.Facilitator);

        var page = await coLead.GetDocumentAsync($"/communities/{room.Community.Slug}/preparation-meetings/{room.Session.Number}/room/console");

        Assert.Null(page.GetElementById("make-join-link"));
        Assert.NotNull(page.GetElementById("open-questions"));
    }
}
