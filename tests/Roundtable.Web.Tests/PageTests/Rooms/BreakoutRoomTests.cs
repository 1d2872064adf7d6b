using Roundtable.Tests.Shared;
using System.Net;
using AngleSharp.Dom;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Sessions;
using Roundtable.Web.Tests.Rooms;

namespace Roundtable.Web.Tests.PageTests.Rooms;

// What is said in a breakout group is for that group, on the room's pages as through the hub:
// each participant sees what was said to everyone and in their own group; guests, in no group,
// only what was said to everyone; facilitators and the projector see every group.
[Collection(SharedApps.Rooms)]
public class BreakoutRoomTests(RoundtableApp app)
{
    private static readonly byte[] Png = TestPhotos.Png;

    [Fact]
    public async Task Get_Room_ShowsAParticipantTheirOwnGroupAndWhatWasSaidToEveryone()
    {
        var groups = await GroupsAsync();

        var robin = await (await app.BrowserForAsync(groups.Room.Member)).GetDocumentAsync(groups.Room.RoomPath());
        var sam = await (await app.BrowserForAsync(groups.Other)).GetDocumentAsync(groups.Room.RoomPath());

        Assert.Equal(["Said to everyone", "Group one's answer"], Texts(robin));
        Assert.DoesNotContain("Group two", robin.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Said to everyone", "Group two's answer"], Texts(sam));
        Assert.DoesNotContain("Group one", sam.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("1", robin.ContributionSaying("Group one's answer")!.QuerySelector("[data-group] [data-value]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Get_Room_AsAMemberInNoGroupOrAGuest_ShowsOnlyWhatWasSaidToEveryone()
    {
        var groups = await GroupsAsync();
        var outside = await app.CreatePersonAsync("Ola Outside");
        await app.JoinAsync(groups.Room.Community, outside);
        var link = await (await app.BrowserForAsync(groups.Room.Facilitator)).MakeLinkAsync(groups.Room, "join-link", "join-link");
        var guest = await app.BrowserForAsync(null);
        using var joined = await guest.SubmitAsync(link);

        var asMember = await (await app.BrowserForAsync(outside)).GetDocumentAsync(groups.Room.RoomPath());
        var asGuest = await guest.FollowAsync(joined);

        Assert.Equal(["Said to everyone"], Texts(asMember));
        Assert.Equal(["Said to everyone"], Texts(asGuest));
        Assert.DoesNotContain("answer", asGuest.GetElementById("contribution-list")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_RoomConsoleAndProjector_ShowFacilitatorsEveryGroup()
    {
        var groups = await GroupsAsync();
        var facilitator = await app.BrowserForAsync(groups.Room.Facilitator);
        var projectorLink = await facilitator.MakeLinkAsync(groups.Room, "projector-link", "projector-link");

        var room = await facilitator.GetDocumentAsync(groups.Room.RoomPath());
        var console = await facilitator.GetDocumentAsync(groups.Room.ConsolePath());
        var projector = await (await app.BrowserForAsync(null)).GetDocumentAsync(projectorLink);

        var everything = new[] { "Said to everyone", "Group one's answer", "Group two's answer" };
        Assert.Equal(everything, Texts(room));
        Assert.Equal(everything, Texts(console));
        Assert.Equal(
            ["Group one's answer", "Group two's answer"],
            projector.QuerySelectorAll($"#answers-{groups.Prompt.Id} [data-text]").Select(t => t.TextContent.Trim()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Get_PhotoSharedInAnotherGroup_IsNotFoundForThoseOutsideIt()
    {
        var groups = await GroupsAsync();
        var photo = await app.UseAsync<Contributions, ContributionResult>(c => c.AddAsync(
            groups.Room.RoomId, Participant.Member(groups.Other.Id),
            new NewContribution(Guid.NewGuid(), groups.Prompt.Id, null, Photo: new NewPhoto(Png, "Group two's flipchart"))));
        Assert.Equal(2, photo.Contribution!.BreakoutGroupNumber);
        var path = $"{groups.Room.RoomPath()}?handler=Photo&id={photo.Contribution.Id}";

        using var asRobin = await (await app.BrowserForAsync(groups.Room.Member)).GetAsync(path);
        using var asSam = await (await app.BrowserForAsync(groups.Other)).GetAsync(path);
        using var asFacilitator = await (await app.BrowserForAsync(groups.Room.Facilitator)).GetAsync(path);

        Assert.Equal(
            (HttpStatusCode.NotFound, HttpStatusCode.OK, HttpStatusCode.OK),
            (asRobin.StatusCode, asSam.StatusCode, asFacilitator.StatusCode));
        Assert.Equal(TestPhotos.PngAsKept, await asSam.Content.ReadAsByteArrayAsync());
    }

    // Robin (the room's member) in group 1 and Sam in group 2; a question to each breakout group
    // that each has answered, and something Sam said to everyone.
    private async Task<Groups> GroupsAsync()
    {
        var room = await app.OpenRoomAsync();
        var other = await app.CreatePersonAsync("Sam Othergroup");
        await app.JoinAsync(room.Community, other);
        await app.AddBreakoutGroupAsync(room.Session, 1, room.Member, room.Member);
        await app.AddBreakoutGroupAsync(room.Session, 2, other, other);
        var prompt = await app.OpenPromptAsync(room, PromptKind.Reflection, "What stayed with you?", audience: PromptAudience.EachBreakoutGroup);
        await app.ContributeAsync(room, "Said to everyone", Participant.Member(other.Id));
        var one = await app.ContributeAsync(room, "Group one's answer", promptId: prompt.Id);
        var two = await app.ContributeAsync(room, "Group two's answer", Participant.Member(other.Id), promptId: prompt.Id);
        Assert.Equal((1, 2), (one.Contribution!.BreakoutGroupNumber, two.Contribution!.BreakoutGroupNumber));
        return new Groups(room, other, prompt);
    }

    private static List<string> Texts(IDocument page) =>
        page.QuerySelectorAll("#contribution-list li [data-text]").Select(t => t.TextContent.Trim()).ToList();

    private sealed record Groups(OpenRoom Room, Person Other, PromptView Prompt);
}
