using Roundtable.Tests.Shared;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Rooms;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Rooms;

namespace Roundtable.Web.Tests.PageTests.Rooms;

// The participant's room with JavaScript off: plain forms, POST, redirect, GET.
[Collection(SharedApps.Rooms)]
public class RoomPageTests(RoundtableApp app)
{
    [Fact]
    public async Task Post_Contribution_IsShownInTheRoomNamedAsTheyChose()
    {
        var room = await app.OpenRoomAsync();
        var browser = await app.BrowserForAsync(room.Member);
        var page = await browser.GetDocumentAsync(room.RoomPath());

        using var sent = await browser.SubmitAsync(page.Form("#answer-general"), new Dictionary<string, string> { ["Forms[general].Text"] = "Waiting rooms are loud" });

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var after = await browser.FollowAsync(sent);
        var shown = after.ContributionSaying("Waiting rooms are loud");
        Assert.NotNull(shown);
        Assert.Equal("Robin", shown.QuerySelector("[data-name]")!.TextContent.Trim());
        Assert.NotNull(shown.QuerySelector("[data-yours]"));
        Assert.Equal("Thank you. Your contribution is in the room.", after.Notice());
    }

    [Fact]
    public async Task Get_MemberWhoAskedForLargerText_SeesTheRoomInLargerText()
    {
        var room = await app.OpenRoomAsync();
        await app.WithDbAsync(async db =>
        {
            var membership = await db.Memberships.SingleAsync(m => m.CommunityId == room.Community.Id && m.PersonId == room.Member.Id);
            membership.AccessNeeds = AccessNeeds.LargerText | AccessNeeds.Breaks;
            return await db.SaveChangesAsync();
        });

        var asked = await (await app.BrowserForAsync(room.Member)).GetDocumentAsync(room.RoomPath());
        var others = await (await app.BrowserForAsync(room.Facilitator)).GetDocumentAsync(room.RoomPath());

        Assert.True(asked.GetElementById("room")!.ClassList.Contains("rt-room--larger-text"));
        Assert.False(others.GetElementById("room")!.ClassList.Contains("rt-room--larger-text"));
    }

    [Fact]
    public async Task Post_SameFormTwice_IsStoredOnce()
    {
        var room = await app.OpenRoomAsync();
        var browser = await app.BrowserForAsync(room.Member);
        var form = (await browser.GetDocumentAsync(room.RoomPath())).Form("#answer-general");
        var typed = new Dictionary<string, string> { ["Forms[general].Text"] = "A double tap" };

        using var first = await browser.SubmitAsync(form, typed);
        using var second = await browser.SubmitAsync(form, typed);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Single(await app.ContributionsAsync(room), c => c.Text == "A double tap");
    }

    [Fact]
    public async Task Post_TooLong_SaysTheLimitNextToTheFieldAndKeepsTheText()
    {
        var room = await app.OpenRoomAsync();
        var browser = await app.BrowserForAsync(room.Member);
        var page = await browser.GetDocumentAsync(room.RoomPath());
        var text = new string('a', Contribution.TextMaxLength + 1);

        using var sent = await browser.SubmitAsync(page.Form("#answer-general"), new Dictionary<string, string> { ["Forms[general].Text"] = text });

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var after = await sent.ToDocumentAsync();
        Assert.Equal("Your contribution must be 1000 characters or fewer", after.ErrorFor("Forms_general__Text"));
        Assert.Equal(text, after.GetElementById("Forms_general__Text")!.TextContent);
        Assert.Empty(await app.ContributionsAsync(room));
    }

    [Fact]
    public async Task Post_Empty_AsksForTheContribution()
    {
        var room = await app.OpenRoomAsync();
        var browser = await app.BrowserForAsync(room.Member);
        var page = await browser.GetDocumentAsync(room.RoomPath());

        using var sent = await browser.SubmitAsync(page.Form("#answer-general"), new Dictionary<string, string> { ["Forms[general].Text"] = "  " });

        var after = await sent.ToDocumentAsync();
        Assert.Equal("Enter your contribution", after.ErrorFor("Forms_general__Text"));
        Assert.Contains("Enter your contribution", after.ErrorSummary());
    }

    [Fact]
    public async Task Post_Anonymous_IsNamedToNobodyButMarkedYoursForTheAuthor()
    {
        var room = await app.OpenRoomAsync();
        var member = await app.BrowserForAsync(room.Member);
        var page = await member.GetDocumentAsync(room.RoomPath());
        using var sent = await member.SubmitAsync(page.Form("#answer-general"), new Dictionary<string, string>
        {
            ["Forms[general].Text"] = "Something hard to say",
            ["Forms[general].Anonymous"] = "True",
        });
        var facilitator = await app.BrowserForAsync(room.Facilitator);

        var own = (await member.FollowAsync(sent)).ContributionSaying("Something hard to say")!;
        var inRoom = (await facilitator.GetDocumentAsync(room.RoomPath())).ContributionSaying("Something hard to say")!;
        var onConsole = (await facilitator.GetDocumentAsync(room.ConsolePath())).ContributionSaying("Something hard to say")!;

        Assert.Equal("Anonymous", own.QuerySelector("[data-name]")!.TextContent.Trim());
        Assert.NotNull(own.QuerySelector("[data-yours]"));
        foreach (var seen in new[] { inRoom, onConsole })
        {
            Assert.Equal("Anonymous", seen.QuerySelector("[data-name]")!.TextContent.Trim());
            Assert.Null(seen.QuerySelector("[data-yours]"));
            Assert.DoesNotContain("Robin", seen.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Post_Delete_TakesTheAuthorsContributionAway()
    {
        var room = await app.OpenRoomAsync();
        var added = await app.ContributeAsync(room, "I take this back");
        var browser = await app.BrowserForAsync(room.Member);
        var page = await browser.GetDocumentAsync(room.RoomPath());
        var form = page.ContributionSaying("I take this back")!.QuerySelector("form.rt-room__delete") as AngleSharp.Html.Dom.IHtmlFormElement;

        using var deleted = await browser.SubmitAsync(form!);

        var after = await browser.FollowAsync(deleted);
        Assert.Null(after.ContributionSaying("I take this back"));
        Assert.Null(after.GetElementById($"c-{added.Contribution!.Id}"));
        Assert.Equal("Your contribution has been deleted.", after.Notice());
    }

    [Fact]
    public async Task Get_SomeoneElsesContribution_HasNoDeleteButton()
    {
        var room = await app.OpenRoomAsync();
        await app.ContributeAsync(room, "Not the facilitator's", anonymous: true);
        var facilitator = await app.BrowserForAsync(room.Facilitator);

        var page = await facilitator.GetDocumentAsync(room.RoomPath());

        Assert.Null(page.ContributionSaying("Not the facilitator's")!.QuerySelector("form.rt-room__delete"));
    }

    [Fact]
    public async Task Post_Reaction_CountsAndPressingAgainTakesItBack()
    {
        var room = await app.OpenRoomAsync();
        await app.ContributeAsync(room, "Worth a lightbulb");
        var facilitator = await app.BrowserForAsync(room.Facilitator);
        var page = await facilitator.GetDocumentAsync(room.RoomPath());
        var form = page.ContributionSaying("Worth a lightbulb")!.QuerySelector("form.rt-room__reactions") as AngleSharp.Html.Dom.IHtmlFormElement;

        using var reacted = await facilitator.SubmitAsync(form!, new (string, string?)[] { ("kind", "Lightbulb") });
        var after = await facilitator.FollowAsync(reacted);
        var button = after.ContributionSaying("Worth a lightbulb")!.QuerySelector("[data-reaction=Lightbulb]")!;
        using var again = await facilitator.SubmitAsync(form!, new (string, string?)[] { ("kind", "Lightbulb") });
        var undone = (await facilitator.FollowAsync(again)).ContributionSaying("Worth a lightbulb")!.QuerySelector("[data-reaction=Lightbulb]")!;

        Assert.Equal("1", button.QuerySelector("[data-count]")!.TextContent.Trim());
        Assert.Equal("true", button.GetAttribute("aria-pressed"));
        Assert.Equal("0", undone.QuerySelector("[data-count]")!.TextContent.Trim());
        Assert.Equal("false", undone.GetAttribute("aria-pressed"));
    }

    [Fact]
    public async Task Post_ScaleAnswer_IsStoredWithItsGoodEnoughMark()
    {
        var room = await app.OpenRoomAsync();
        var prompt = await app.OpenPromptAsync(room, PromptKind.Scaling, asksGoodEnough: true);
        var browser = await app.BrowserForAsync(room.Member);
        var key = prompt.Id.ToString("N");
        var page = await browser.GetDocumentAsync(room.RoomPath());

        using var sent = await browser.SubmitAsync(page.Form($"#answer-{key}"), new Dictionary<string, string>
        {
            [$"Forms[{key}].Scale"] = "6",
            [$"Forms[{key}].GoodEnough"] = "8",
        });

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var stored = Assert.Single(await app.ContributionsAsync(room));
        Assert.Equal((6, 8, prompt.Id), (stored.Scale!.Value, stored.GoodEnough!.Value, stored.PromptId!.Value));
    }

    // Without JavaScript: after answering, the question says the number and offers to change it,
    // instead of an empty form inviting a second answer; changing it replaces the first answer.
    [Fact]
    public async Task Post_ScaleAnsweredThenChanged_SaysYourNumberAndCountsYouOnce()
    {
        var room = await app.OpenRoomAsync();
        var prompt = await app.OpenPromptAsync(room, PromptKind.Scaling);
        var browser = await app.BrowserForAsync(room.Member);
        var key = prompt.Id.ToString("N");
        var page = await browser.GetDocumentAsync(room.RoomPath());

        using var first = await browser.SubmitAsync(page.Form($"#answer-{key}"), new Dictionary<string, string> { [$"Forms[{key}].Scale"] = "7" });
        var answered = await browser.FollowAsync(first);
        using var changed = await browser.SubmitAsync(answered.Form($"#change-{key} form"), new Dictionary<string, string> { [$"Forms[{key}].Scale"] = "4" });
        var after = await browser.FollowAsync(changed);

        Assert.Equal("You answered 7.", answered.GetElementById($"answered-{key}")!.TextContent.Trim());
        Assert.Equal("Change your answer", answered.QuerySelector($"#change-{key} summary")!.TextContent.Trim());
        Assert.False(answered.GetElementById($"change-{key}")!.HasAttribute("open"));
        Assert.Equal("You answered 4.", after.GetElementById($"answered-{key}")!.TextContent.Trim());
        var stored = Assert.Single(await app.ContributionsAsync(room), c => c.DeletedAt is null);
        Assert.Equal(4, stored.Scale);
        var summary = await app.UseAsync<RoomRecord, SessionRecord?>(r => r.ForSessionAsync(room.Session.Id));
        Assert.Equal(1, summary!.Prompts.Single(p => p.Prompt.Id == prompt.Id).Scale!.Answers);
    }

    [Fact]
    public async Task Post_ScaleAnswerWithoutANumber_AsksForOneNextToTheField()
    {
        var room = await app.OpenRoomAsync();
        var prompt = await app.OpenPromptAsync(room, PromptKind.Scaling);
        var browser = await app.BrowserForAsync(room.Member);
        var key = prompt.Id.ToString("N");
        var page = await browser.GetDocumentAsync(room.RoomPath());

        using var sent = await browser.SubmitAsync(page.Form($"#answer-{key}"), new Dictionary<string, string> { [$"Forms[{key}].Text"] = "Somewhere in the middle" });

        var after = await sent.ToDocumentAsync();
        Assert.Equal("Choose a number from 1 to 10", after.ErrorFor($"Forms_{key}__Scale"));
        Assert.Equal("Somewhere in the middle", after.GetElementById($"Forms_{key}__Text")!.TextContent);
    }

    [Fact]
    public async Task Post_AnswerAfterTheQuestionClosed_IsKeptAsGeneralAndSaysSo()
    {
        var room = await app.OpenRoomAsync();
        var prompt = await app.OpenPromptAsync(room, PromptKind.Reflection, "What stayed with you?");
        var browser = await app.BrowserForAsync(room.Member);
        var key = prompt.Id.ToString("N");
        var form = (await browser.GetDocumentAsync(room.RoomPath())).Form($"#answer-{key}");
        await app.UseAsync<Prompts, PromptResult>(p => p.CloseAsync(room.RoomId, prompt.Id));

        using var sent = await browser.SubmitAsync(form, new Dictionary<string, string> { [$"Forms[{key}].Text"] = "Typed while it closed" });

        var after = await browser.FollowAsync(sent);
        Assert.Equal("The question closed while you were writing, so your words were kept as a general contribution.", after.Notice());
        var stored = Assert.Single(await app.ContributionsAsync(room));
        Assert.Null(stored.PromptId);
        Assert.Equal("Typed while it closed", stored.Text);
    }

    [Fact]
    public async Task Post_Photo_NeedsADescriptionAndAnImage()
    {
        var room = await app.OpenRoomAsync();
        var browser = await app.BrowserForAsync(room.Member);
        var page = await browser.GetDocumentAsync(room.RoomPath());
        var token = page.Form("#photo").QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var clientId = page.Form("#photo").QuerySelector("input[name='Photo.ClientId']")!.GetAttribute("value")!;

        using var notAPhoto = await browser.PostAsync($"{room.RoomPath()}?handler=Photo", Multipart(token, clientId, "plain text"u8.ToArray(), ""));
        var refused = await notAPhoto.ToDocumentAsync();
        using var photo = await browser.PostAsync($"{room.RoomPath()}?handler=Photo", Multipart(token, clientId, Png, "Our drawing of a calm room"));
        var after = await browser.FollowAsync(photo);

        Assert.Equal("The selected file must be a photo: a JPG, PNG, WebP or GIF", refused.ErrorFor("Photo_File"));
        Assert.Equal("Describe the photo in a few words, for people who cannot see it", refused.ErrorFor("Photo_Description"));
        var image = after.QuerySelector("#contribution-list img")!;
        Assert.Equal("Our drawing of a calm room", image.GetAttribute("alt"));
        using var served = await browser.GetAsync(image.GetAttribute("src"));
        Assert.Equal("image/png", served.Content.Headers.ContentType!.MediaType);
        Assert.Equal(TestPhotos.PngAsKept, await served.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_ClosedRoom_ShowsWhatWasSaidButTakesNothingNewAndAuthorsCanStillDelete()
    {
        var room = await app.OpenRoomAsync();
        await app.ContributeAsync(room, "Said before it closed");
        await app.UseAsync<LiveRooms, RoomResult>(r => r.CloseAsync(room.RoomId));
        var browser = await app.BrowserForAsync(room.Member);

        var page = await browser.GetDocumentAsync(room.RoomPath());

        Assert.NotNull(page.GetElementById("room-closed"));
        Assert.NotNull(page.ContributionSaying("Said before it closed"));
        Assert.Null(page.GetElementById("answer-general"));
        Assert.Null(page.GetElementById("photo"));
        Assert.Empty(page.QuerySelectorAll(".rt-room__reactions"));
        Assert.NotNull(page.ContributionSaying("Said before it closed")!.QuerySelector("form.rt-room__delete"));
    }

    private static readonly byte[] Png = TestPhotos.Png;

    private static MultipartFormDataContent Multipart(string token, string clientId, byte[] file, string description) => new()
    {
        { new StringContent(token), "__RequestVerificationToken" },
        { new StringContent(clientId), "Photo.ClientId" },
        { new StringContent(description), "Photo.Description" },
        { new StringContent("False"), "Photo.Anonymous" },
        { new ByteArrayContent(file), "Photo.File", "drawing.png" },
    };
}
