using System.Net;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Rooms;

namespace Roundtable.Web.Tests.Rooms;

// Someone without JavaScript takes part through plain forms; everyone following the room live
// sees what they did, in the room's order, as if it had come through the hub.
[Collection(SharedApps.LiveRooms)]
public class RoomFormsLiveTests(RoomHubApp app)
{
    [Fact]
    public async Task Post_ContributionByForm_ReachesThoseFollowingLive()
    {
        var room = await app.OpenRoomAsync();
        await using var facilitator = await app.ConnectRoomAsync(room.Facilitator);
        var joined = await facilitator.JoinAsync(room);
        var browser = await app.BrowserForAsync(room.Member);
        var page = await browser.GetDocumentAsync(room.RoomPath());

        using var sent = await browser.SubmitAsync(page.Form("#answer-general"), new Dictionary<string, string> { ["Forms[general].Text"] = "Typed on a phone with no script" });

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var received = await facilitator.NextEventAsync(RoomEventKind.ContributionAdded);
        Assert.Equal("Typed on a phone with no script", received.As<ContributionView>().Text);
        Assert.True(received.Sequence > joined.Through);
    }

    [Fact]
    public async Task Post_HideOnTheConsole_TellsFacilitatorsLiveWhatAndWhy()
    {
        var room = await app.OpenRoomAsync();
        var contribution = (await app.ContributeAsync(room, "Something to take out of the room")).Contribution!;
        await using var other = await app.ConnectRoomAsync(room.Facilitator);
        await other.JoinAsync(room);
        var console = await app.BrowserForAsync(room.Facilitator);
        var page = await console.GetDocumentAsync(room.ConsolePath());

        using var hidden = await console.SubmitAsync(
            page.Form($"#hide-{contribution.Id}"),
            new Dictionary<string, string> { ["reason"] = "Names a person who is not here" });

        Assert.Equal(HttpStatusCode.Redirect, hidden.StatusCode);
        var told = (await other.NextHiddenAsync())!;
        Assert.Equal(contribution.Id, told.Contribution.Id);
        Assert.Equal("Names a person who is not here", told.Reason);
    }
}
