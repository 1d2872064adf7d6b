using System.Net;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Rooms;

namespace Roundtable.Web.Tests.PageTests.Rooms;

// The room's code: typed at /join or scanned, it takes a member into the room, offers everyone
// else to sign in (and to join as a guest where the facilitator allows it), and opens nothing
// once the room has closed.
[Collection(SharedApps.Rooms)]
public class RoomCodeTests(RoundtableApp app)
{
    [Fact]
    public async Task Post_TheCodeTypedAnyWayAsAMember_GoesStraightIntoTheRoom()
    {
        var room = await app.OpenRoomAsync();
        var code = (await app.CodeOfAsync(room))!;
        var member = await app.BrowserForAsync(room.Member);

        using var entered = await member.SubmitAsync("/join", new Dictionary<string, string> { ["Code"] = $" {code[..3].ToLowerInvariant()} {code[3..]} " });
        using var opened = await member.GetAsync(entered.Headers.Location!.OriginalString);

        Assert.Equal($"/join/{code}", entered.Headers.Location!.OriginalString);
        Assert.Equal(room.RoomPath(), opened.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Get_TheCodeNotSignedIn_OffersSignInThatComesBackToTheRoom()
    {
        var room = await app.OpenRoomAsync();
        var code = (await app.CodeOfAsync(room))!;
        var phone = await app.BrowserForAsync(null);

        var page = await phone.GetDocumentAsync($"/join/{code}");
        var signIn = page.GetElementById("sign-in-to-join")!.GetAttribute("href")!;
        using var asked = await phone.SubmitAsync(signIn, new Dictionary<string, string> { ["Input.Email"] = room.Member.Email! });
        var link = await phone.GetDocumentAsync(await app.LatestSignInLinkAsync(room.Member.Email!));
        using var signedIn = await phone.SubmitAsync(link.Form());

        Assert.NotNull(page.GetElementById("members-only"));
        Assert.Null(page.QuerySelector("form#join"));
        Assert.Equal(room.RoomPath(), signedIn.Headers.Location?.OriginalString);
        using var inRoom = await phone.GetAsync(room.RoomPath());
        Assert.Equal(HttpStatusCode.OK, inRoom.StatusCode);
    }

    [Fact]
    public async Task Post_GuestsAllowedByTheFacilitator_AGuestJoinsWithJustAName()
    {
        var room = await app.OpenRoomAsync();
        var code = (await app.CodeOfAsync(room))!;
        var facilitator = await app.BrowserForAsync(room.Facilitator);
        var console = await facilitator.GetDocumentAsync(room.ConsolePath());
        using var allowed = await facilitator.SubmitAsync(console.Form("#guests-by-code"));
        var guest = await app.BrowserForAsync(null);

        var page = await guest.GetDocumentAsync($"/join/{code}");
        using var joined = await guest.SubmitAsync(page.Form("#join"), new Dictionary<string, string> { ["DisplayName"] = "Jo from the bus stop" });
        var inRoom = await guest.FollowAsync(joined);

        Assert.Contains("Anyone with the code", (await facilitator.FollowAsync(allowed)).GetElementById("guests-by-code-state")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.GetElementById("sign-in-to-join"));
        Assert.Equal("/rooms/guest", joined.Headers.Location!.OriginalString);
        Assert.Equal(room.RoomId.ToString(), inRoom.GetElementById("room")!.GetAttribute("data-room-id"));
        Assert.Contains("With my name: Jo from the bus stop", inRoom.GetElementById("answer-general")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_GuestsNotAllowed_NobodyComesInAsAGuestByTheCode()
    {
        var room = await app.OpenRoomAsync();
        var code = (await app.CodeOfAsync(room))!;
        var stranger = await app.BrowserForAsync(await app.CreatePersonAsync("Sam Stranger"));
        var page = await stranger.GetDocumentAsync($"/join/{code}");

        using var sent = await stranger.PostWithTokenAsync($"/join/{code}", ("DisplayName", "Let me in"));

        Assert.NotNull(page.GetElementById("members-only"));
        Assert.Null(page.GetElementById("sign-in-to-join"));
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.RoomGuests.AnyAsync(g => g.RoomId == room.RoomId)));
    }

    [Fact]
    public async Task Get_AClosedRoomsCode_OpensNothingAndReopeningGivesANewOne()
    {
        var room = await app.OpenRoomAsync();
        var code = (await app.CodeOfAsync(room))!;
        await app.UseAsync<LiveRooms, RoomResult>(r => r.CloseAsync(room.RoomId));
        var phone = await app.BrowserForAsync(room.Member);

        using var opened = await phone.GetAsync($"/join/{code}");
        using var typed = await phone.SubmitAsync("/join", new Dictionary<string, string> { ["Code"] = code });
        var page = await typed.ToDocumentAsync();
        await app.UseAsync<LiveRooms, RoomResult>(r => r.OpenAsync(room.RoomId));

        Assert.Equal(HttpStatusCode.NotFound, opened.StatusCode);
        Assert.Equal("No open room has this code. Check it against the screen and try again", page.ErrorFor("Code"));
        Assert.Equal(code, page.GetElementById("Code")!.GetAttribute("value"));
        Assert.NotNull(await app.CodeOfAsync(room));
    }

    [Fact]
    public async Task Post_SomethingThatCannotBeACode_IsSaidBesideTheBoxWithWhatWasTyped()
    {
        var phone = await app.BrowserForAsync(null);

        using var typed = await phone.SubmitAsync("/join", new Dictionary<string, string> { ["Code"] = "K0T 1PM" });
        var page = await typed.ToDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, typed.StatusCode);
        Assert.Equal("Enter the room code shown on the screen: 6 letters and numbers, like KXT 4PM", page.ErrorFor("Code"));
        Assert.Equal("K0T 1PM", page.GetElementById("Code")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Get_APreparationMeeting_HasNoCodeAndItsConsoleOffersNone()
    {
        var room = await app.OpenRoomAsync(SessionKind.PreparationMeeting);

        var console = await (await app.BrowserForAsync(room.Facilitator)).GetDocumentAsync(room.PreparationConsolePath());

        Assert.Null(await app.CodeOfAsync(room));
        Assert.Null(console.GetElementById("room-code"));
        Assert.Null(console.GetElementById("room-code-line"));
    }

    [Fact]
    public async Task Get_Console_ShowsTheCodeAndAQrCodeOfItsAddressFromTheBaseUrl()
    {
        var room = await app.OpenRoomAsync();
        var code = (await app.CodeOfAsync(room))!;
        var facilitator = await app.BrowserForAsync(room.Facilitator);

        var console = await facilitator.GetDocumentAsync(room.ConsolePath());
        var qr = console.GetElementById("room-code-qr")!;

        Assert.Equal(code, console.GetElementById("room-code-text")!.GetAttribute("data-code"));
        Assert.Equal($"{code[..3]} {code[3..]}", console.QuerySelector("#room-code-text [aria-hidden]")!.TextContent);
        Assert.Equal("img", qr.GetAttribute("role"));
        Assert.Contains($"http://localhost/join/{code}", qr.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Contains("Only members can join with the code", console.GetElementById("guests-by-code-state")!.TextContent, StringComparison.Ordinal);
    }
}
