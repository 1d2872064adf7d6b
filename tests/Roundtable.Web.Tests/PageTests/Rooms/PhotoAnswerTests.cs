using Roundtable.Tests.Shared;
using System.Net;
using AngleSharp.Dom;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Rooms;

namespace Roundtable.Web.Tests.PageTests.Rooms;

// A photo of a drawing or a flipchart can answer the open question, as words can.
[Collection(SharedApps.Rooms)]
public class PhotoAnswerTests(RoundtableApp app)
{
    private static readonly byte[] Png = TestPhotos.Png;

    [Fact]
    public async Task Post_PhotoAnsweringAQuestion_IsStoredAndShownAsItsAnswer()
    {
        var room = await app.OpenRoomAsync();
        var prompt = await app.OpenPromptAsync(room, PromptKind.GoneWell, "What's gone well since we last met?");
        var browser = await app.BrowserForAsync(room.Member);
        var page = await browser.GetDocumentAsync(room.RoomPath());

        using var sent = await browser.SendPhotoAsync(room, page, Png, "Our flipchart of small wins", prompt.Id.ToString());

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var stored = Assert.Single(await app.ContributionsAsync(room));
        Assert.Equal((ContributionKind.Photo, prompt.Id), (stored.Kind, stored.PromptId!.Value));
        var shown = (await browser.FollowAsync(sent)).GetElementById($"c-{stored.Id}")!;
        Assert.Equal("Answering: What's gone well since we last met?", shown.QuerySelector("[data-answers]")!.TextContent.Trim());
        Assert.Equal("Our flipchart of small wins", shown.QuerySelector("img[data-photo]")!.GetAttribute("alt"));
    }

    [Fact]
    public async Task Get_PhotoForm_OffersTheQuestionsAPhotoCanAnswerWithNothingInParticularChosen()
    {
        var room = await app.OpenRoomAsync();
        var browser = await app.BrowserForAsync(room.Member);
        var before = await browser.GetDocumentAsync(room.RoomPath());
        await app.OpenPromptAsync(room, PromptKind.Scaling);
        await app.OpenPromptAsync(room, PromptKind.ClosingWord, "One word for how you feel");
        var free = await app.OpenPromptAsync(room, PromptKind.Free, "What would you change first?");

        var page = await browser.GetDocumentAsync(room.RoomPath());

        Assert.Empty(before.QuerySelectorAll("#photo input[name='Photo.PromptId']"));
        var choices = Choices(page);
        Assert.Equal(["", free.Id.ToString()], choices.Select(c => c.GetAttribute("value")));
        Assert.Equal(["Nothing in particular", "What would you change first?"], choices.Select(c => Label(page, c)));
        Assert.True(choices[0].HasAttribute("checked"));
        Assert.Equal("What it answers", page.QuerySelector("#photo legend")?.TextContent.Trim());
    }

    [Fact]
    public async Task Post_PhotoWithNothingInParticular_IsGeneral()
    {
        var room = await app.OpenRoomAsync();
        await app.OpenPromptAsync(room, PromptKind.Reflection, "What stayed with you?");
        var browser = await app.BrowserForAsync(room.Member);
        var page = await browser.GetDocumentAsync(room.RoomPath());

        using var sent = await browser.SendPhotoAsync(room, page, Png, "A drawing of the garden", "");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var stored = Assert.Single(await app.ContributionsAsync(room));
        Assert.Null(stored.PromptId);
    }

    [Fact]
    public async Task Post_PhotoAfterTheQuestionClosed_IsKeptAsGeneralAndSaysSo()
    {
        var room = await app.OpenRoomAsync();
        var prompt = await app.OpenPromptAsync(room, PromptKind.BestHopes, "What are your best hopes?");
        var browser = await app.BrowserForAsync(room.Member);
        var page = await browser.GetDocumentAsync(room.RoomPath());
        await app.UseAsync<Prompts, PromptResult>(p => p.CloseAsync(room.RoomId, prompt.Id));

        using var sent = await browser.SendPhotoAsync(room, page, Png, "Hopes drawn as a tree", prompt.Id.ToString());

        var after = await browser.FollowAsync(sent);
        Assert.Equal("The question closed while you were writing, so your photo was kept as a general contribution.", after.Notice());
        var stored = Assert.Single(await app.ContributionsAsync(room));
        Assert.Equal((ContributionKind.Photo, (Guid?)null), (stored.Kind, stored.PromptId));
        Assert.Equal("Hopes drawn as a tree", after.GetElementById($"c-{stored.Id}")!.QuerySelector("img")!.GetAttribute("alt"));
    }

    [Fact]
    public async Task Post_PhotoForAScalingQuestion_SaysSoNextToTheChoiceAndKeepsTheDescription()
    {
        var room = await app.OpenRoomAsync();
        var scaling = await app.OpenPromptAsync(room, PromptKind.Scaling);
        await app.OpenPromptAsync(room, PromptKind.Reflection, "What stayed with you?");
        var browser = await app.BrowserForAsync(room.Member);
        var page = await browser.GetDocumentAsync(room.RoomPath());

        using var sent = await browser.SendPhotoAsync(room, page, Png, "Where I am, drawn", scaling.Id.ToString());

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var after = await sent.ToDocumentAsync();
        Assert.Equal(
            "A photo cannot answer a scaling question or a closing word. Choose another question, or nothing in particular",
            after.ErrorFor("Photo_PromptId"));
        Assert.Equal("Where I am, drawn", after.GetElementById("Photo_Description")!.GetAttribute("value"));
        Assert.Empty(await app.ContributionsAsync(room));
    }

    [Fact]
    public async Task Post_SamePhotoTwice_IsStoredOnce()
    {
        var room = await app.OpenRoomAsync();
        var prompt = await app.OpenPromptAsync(room, PromptKind.Reflection, "What stayed with you?");
        var browser = await app.BrowserForAsync(room.Member);
        var page = await browser.GetDocumentAsync(room.RoomPath());

        using var first = await browser.SendPhotoAsync(room, page, Png, "Sent twice", prompt.Id.ToString());
        using var second = await browser.SendPhotoAsync(room, page, Png, "Sent twice", prompt.Id.ToString());

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.StatusCode, second.StatusCode));
        Assert.Single(await app.ContributionsAsync(room));
    }

    private static List<IElement> Choices(IDocument page) => page.QuerySelectorAll("#photo input[name='Photo.PromptId']").ToList();

    private static string Label(IDocument page, IElement input) =>
        page.QuerySelector($"label[for='{input.Id}']")!.TextContent.Trim();
}
