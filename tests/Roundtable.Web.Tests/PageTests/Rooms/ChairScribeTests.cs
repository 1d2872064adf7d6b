using System.Net;
using AngleSharp.Dom;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Sessions;
using Roundtable.Web.Tests.Rooms;

namespace Roundtable.Web.Tests.PageTests.Rooms;

// A breakout group's chair records what someone in their group said aloud, from the room's page
// with JavaScript off, as they can through the hub: for their group, naming people only as they
// chose to be named.
[Collection(SharedApps.Rooms)]
public class ChairScribeTests(RoundtableApp app)
{
    [Fact]
    public async Task Get_Room_AsAChair_OffersTheGroupsScribeFormNamingOnlyTheirGroupAsTheyChose()
    {
        var groups = await GroupsAsync();
        var prompt = await app.OpenPromptAsync(groups.Room, PromptKind.Reflection, "What stayed with you?");

        var page = await (await app.BrowserForAsync(groups.Room.Member)).GetDocumentAsync(groups.Room.RoomPath());

        var form = page.Form("#scribe-form");
        Assert.True(form.HasAttribute("data-scribe-form"));
        Assert.Equal("Record what someone in your group said aloud", page.GetElementById("scribe-heading")!.TextContent.Trim());
        Assert.Equal(["Not named", "Alex", "Robin"], Options(page, "Scribe_SpeakerId").Select(o => o.TextContent.Trim()));
        Assert.Equal(["", groups.Alex.Id.ToString(), groups.Room.Member.Id.ToString()], Options(page, "Scribe_SpeakerId").Select(o => o.GetAttribute("value")));
        Assert.Equal(["", prompt.Id.ToString()], Options(page, "Scribe_PromptId").Select(o => o.GetAttribute("value")));
        Assert.Equal("Who said it", page.QuerySelector("label[for='Scribe_SpeakerId']")!.TextContent.Trim());
        Assert.Equal("What it answers", page.QuerySelector("label[for='Scribe_PromptId']")!.TextContent.Trim());
        Assert.Null(page.GetElementById("Scribe_Scale"));
    }

    [Fact]
    public async Task Get_Room_AsSomeoneWhoChairsNoGroup_HasNoScribeForm()
    {
        var groups = await GroupsAsync();
        var link = await (await app.BrowserForAsync(groups.Room.Facilitator)).MakeLinkAsync(groups.Room, "join-link", "join-link");
        var guest = await app.BrowserForAsync(null);
        using var joined = await guest.SubmitAsync(link);

        var asAlex = await (await app.BrowserForAsync(groups.Alex)).GetDocumentAsync(groups.Room.RoomPath());
        var asSam = await (await app.BrowserForAsync(groups.Sam)).GetDocumentAsync(groups.Room.RoomPath());
        var asFacilitator = await (await app.BrowserForAsync(groups.Room.Facilitator)).GetDocumentAsync(groups.Room.RoomPath());
        var asGuest = await guest.FollowAsync(joined);

        Assert.All([asAlex, asSam, asFacilitator, asGuest], page => Assert.Null(page.GetElementById("scribe-form")));
    }

    [Fact]
    public async Task Post_Scribe_AsAChair_RecordsForTheirGroupNamedAsTheSpeakerChose()
    {
        var groups = await GroupsAsync();
        var prompt = await app.OpenPromptAsync(groups.Room, PromptKind.Reflection, "What stayed with you?", audience: PromptAudience.EachBreakoutGroup);
        var chair = await app.BrowserForAsync(groups.Room.Member);
        var page = await chair.GetDocumentAsync(groups.Room.RoomPath());

        using var recorded = await chair.SubmitAsync(page.Form("#scribe-form"), new Dictionary<string, string>
        {
            ["Scribe.Text"] = "Being listened to, properly",
            ["Scribe.SpeakerId"] = groups.Alex.Id.ToString(),
            ["Scribe.PromptId"] = prompt.Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var after = await chair.FollowAsync(recorded);
        Assert.Equal("Recorded. What they said counts as much as anything typed.", after.Notice());
        var stored = Assert.Single(await app.ContributionsAsync(groups.Room));
        Assert.Equal(
            (ContributionKind.Spoken, 1, groups.Room.Member.Id, groups.Alex.Id, prompt.Id),
            (stored.Kind, stored.BreakoutGroupNumber!.Value, stored.PersonId!.Value, stored.SpokenById!.Value, stored.PromptId!.Value));
        var asAlex = await (await app.BrowserForAsync(groups.Alex)).GetDocumentAsync(groups.Room.RoomPath());
        var asSam = await (await app.BrowserForAsync(groups.Sam)).GetDocumentAsync(groups.Room.RoomPath());
        Assert.Equal("Alex, said aloud", asAlex.ContributionSaying("Being listened to, properly")!.QuerySelector("[data-name]")!.TextContent.Trim());
        Assert.Null(asSam.ContributionSaying("Being listened to, properly"));
    }

    [Fact]
    public async Task Post_Scribe_SameFormTwice_IsStoredOnce()
    {
        var groups = await GroupsAsync();
        var chair = await app.BrowserForAsync(groups.Room.Member);
        var form = (await chair.GetDocumentAsync(groups.Room.RoomPath())).Form("#scribe-form");
        var typed = new Dictionary<string, string> { ["Scribe.Text"] = "Said once, sent twice" };

        using var first = await chair.SubmitAsync(form, typed);
        using var second = await chair.SubmitAsync(form, typed);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.StatusCode, second.StatusCode));
        var stored = Assert.Single(await app.ContributionsAsync(groups.Room));
        Assert.Equal((1, (Guid?)null), (stored.BreakoutGroupNumber!.Value, stored.SpokenById));
    }

    [Fact]
    public async Task Post_Scribe_WithNothingSaid_SaysSoNextToTheFieldAndKeepsWhoWasChosen()
    {
        var groups = await GroupsAsync();
        var chair = await app.BrowserForAsync(groups.Room.Member);
        var form = (await chair.GetDocumentAsync(groups.Room.RoomPath())).Form("#scribe-form");

        using var refused = await chair.SubmitAsync(form, new Dictionary<string, string> { ["Scribe.Text"] = " ", ["Scribe.SpeakerId"] = groups.Alex.Id.ToString() });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ToDocumentAsync();
        Assert.Equal("Enter your contribution", page.ErrorFor("Scribe_Text"));
        Assert.Contains("Enter your contribution", page.ErrorSummary());
        Assert.Equal(groups.Alex.Id.ToString(), page.QuerySelector("#Scribe_SpeakerId option[selected]")!.GetAttribute("value"));
        Assert.Equal(form.QuerySelector("[name='Scribe.ClientId']")!.GetAttribute("value"), page.QuerySelector("#scribe-form [name='Scribe.ClientId']")!.GetAttribute("value"));
        Assert.Empty(await app.ContributionsAsync(groups.Room));
    }

    [Fact]
    public async Task Post_Scribe_NamingSomeoneOutsideTheGroup_IsRefusedNextToTheFieldWithWhatWasTypedKept()
    {
        var groups = await GroupsAsync();
        var chair = await app.BrowserForAsync(groups.Room.Member);
        var form = (await chair.GetDocumentAsync(groups.Room.RoomPath())).Form("#scribe-form");

        using var refused = await chair.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Scribe.Text"] = "Words from another group",
            ["Scribe.SpeakerId"] = groups.Sam.Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ToDocumentAsync();
        Assert.Equal("Choose someone in your group, or record it without a name", page.ErrorFor("Scribe_SpeakerId"));
        Assert.Equal("Words from another group", page.GetElementById("Scribe_Text")!.TextContent);
        Assert.Empty(await app.ContributionsAsync(groups.Room));
    }

    [Fact]
    public async Task Post_Scribe_AScaleWithAGoodEnoughMark_IsRecordedForTheGroup()
    {
        var groups = await GroupsAsync();
        var prompt = await app.OpenPromptAsync(groups.Room, PromptKind.Scaling, asksGoodEnough: true);
        var chair = await app.BrowserForAsync(groups.Room.Member);
        var page = await chair.GetDocumentAsync(groups.Room.RoomPath());

        using var recorded = await chair.SubmitAsync(page.Form("#scribe-form"), new Dictionary<string, string>
        {
            ["Scribe.PromptId"] = prompt.Id.ToString(),
            ["Scribe.Scale"] = "3",
            ["Scribe.GoodEnough"] = "5",
        });

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var stored = Assert.Single(await app.ContributionsAsync(groups.Room));
        Assert.Equal((3, 5, 1), (stored.Scale!.Value, stored.GoodEnough!.Value, stored.BreakoutGroupNumber!.Value));
    }

    [Fact]
    public async Task Post_Scribe_ANumberWithoutItsScalingQuestion_AsksForTheQuestion()
    {
        var groups = await GroupsAsync();
        await app.OpenPromptAsync(groups.Room, PromptKind.Scaling);
        var chair = await app.BrowserForAsync(groups.Room.Member);
        var page = await chair.GetDocumentAsync(groups.Room.RoomPath());

        using var refused = await chair.SubmitAsync(page.Form("#scribe-form"), new Dictionary<string, string> { ["Scribe.Scale"] = "6", ["Scribe.Text"] = "About a six" });

        var after = await refused.ToDocumentAsync();
        Assert.Equal("Choose the scaling question their number answers", after.ErrorFor("Scribe_PromptId"));
        Assert.Equal("6", after.QuerySelector("#Scribe_Scale option[selected]")!.GetAttribute("value"));
        Assert.Empty(await app.ContributionsAsync(groups.Room));
    }

    [Fact]
    public async Task Post_Scribe_AsSomeoneWhoChairsNoGroup_IsForbiddenAndStoresNothing()
    {
        var groups = await GroupsAsync();
        var sam = await app.BrowserForAsync(groups.Sam);

        using var refused = await sam.PostWithTokenAsync(
            $"{groups.Room.RoomPath()}?handler=Scribe", ("Scribe.ClientId", Guid.NewGuid().ToString()), ("Scribe.Text", "Not mine to record"));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Empty(await app.ContributionsAsync(groups.Room));
    }

    // Robin (the room's member) chairs group 1 with Alex and Pat, who chose not to be named; Sam
    // is in group 2, which Sam does not chair.
    private async Task<Groups> GroupsAsync()
    {
        var room = await app.OpenRoomAsync();
        var alex = await app.CreatePersonAsync("Alex Groupone");
        var pat = await app.CreatePersonAsync("Pat Unnamed");
        var sam = await app.CreatePersonAsync("Sam Othergroup");
        var chairTwo = await app.CreatePersonAsync("Chris Chairtwo");
        foreach (var person in new[] { alex, pat, sam, chairTwo })
        {
            await app.JoinAsync(room.Community, person);
        }

        await app.SetNamingAsync(room.Community, pat, Naming.NotNamed);
        await app.AddBreakoutGroupAsync(room.Session, 1, room.Member, room.Member, alex, pat);
        await app.AddBreakoutGroupAsync(room.Session, 2, chairTwo, chairTwo, sam);
        return new Groups(room, alex, sam);
    }

    private static List<IElement> Options(IDocument page, string selectId) => page.QuerySelectorAll($"#{selectId} option").ToList();

    private sealed record Groups(OpenRoom Room, Person Alex, Person Sam);
}
