using System.Net;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Rooms;

namespace Roundtable.Web.Tests.PageTests.Rooms;

[Collection(SharedApps.Rooms)]
public class ProjectorTests(RoundtableApp app)
{
    [Fact]
    public async Task Get_ScalingAnswers_ShowAHistogramWithTheMedianAndGoodEnoughMark()
    {
        var room = await app.OpenRoomAsync();
        var prompt = await app.OpenPromptAsync(room, PromptKind.Scaling, asksGoodEnough: true);
        var member = await app.BrowserForAsync(room.Member);
        var key = prompt.Id.ToString("N");
        var form = (await member.GetDocumentAsync(room.RoomPath())).Form($"#answer-{key}");
        using var answered = await member.SubmitAsync(form, new Dictionary<string, string> { [$"Forms[{key}].Scale"] = "7", [$"Forms[{key}].GoodEnough"] = "8" });
        await AnswerAsync(room, prompt, 3, 6);
        // Each person's number counts once (a second replaces the first): the third is someone else.
        var third = await app.CreatePersonAsync("Kai Third");
        await app.JoinAsync(room.Community, third);
        await AnswerAsync(room, prompt, 9, null, third.Id);
        var projector = await app.BrowserForAsync(null);
        var link = await (await app.BrowserForAsync(room.Facilitator)).MakeLinkAsync(room, "projector-link", "projector-link");

        var page = await projector.GetDocumentAsync(link);

        var figure = page.GetElementById($"scale-{prompt.Id}")!;
        Assert.Equal("7", figure.GetAttribute("data-median"));
        Assert.Equal("7", figure.GetAttribute("data-good-enough"));
        Assert.Equal("3 people answered. The median is 7. The median \"good enough\" mark is 7, from 2 people.", figure.QuerySelector("figcaption")!.TextContent.Trim());
        Assert.Contains("Median 7", page.GetElementById($"scale-{prompt.Id}-median")!.TextContent, StringComparison.Ordinal);
        var counts = page.QuerySelectorAll($"#scale-{prompt.Id}-table tbody tr").ToDictionary(r => r.GetAttribute("data-number")!, r => r.QuerySelector("[data-count]")!.TextContent.Trim());
        Assert.Equal(("1", "1", "1", "0"), (counts["3"], counts["7"], counts["9"], counts["5"]));
    }

    [Fact]
    public async Task Get_ClosingWords_AreSizedByHowOftenTheyWereSaid()
    {
        var room = await app.OpenRoomAsync();
        var prompt = await app.OpenPromptAsync(room, PromptKind.ClosingWord, "One word for how you feel");
        foreach (var word in new[] { "Hopeful", "hopeful.", " HOPEFUL", "motivated", "Hopeful!" })
        {
            await app.ContributeAsync(room, word, promptId: prompt.Id);
        }

        var link = await (await app.BrowserForAsync(room.Facilitator)).MakeLinkAsync(room, "projector-link", "projector-link");
        var page = await (await app.BrowserForAsync(null)).GetDocumentAsync(link);

        var words = page.QuerySelectorAll($"#words-{prompt.Id} li").ToList();
        Assert.Equal(["hopeful", "motivated"], words.Select(w => w.GetAttribute("data-word")));
        Assert.Equal(["4", "1"], words.Select(w => w.GetAttribute("data-count")));
        Assert.Equal(["rt-words__size-5", "rt-words__size-1"], words.Select(w => w.ClassName));
    }

    [Fact]
    public async Task Get_HiddenAndAnonymous_AreShownAsTheRoomShowsThem()
    {
        var room = await app.OpenRoomAsync();
        var prompt = await app.OpenPromptAsync(room, PromptKind.BestHopes, "What are your best hopes?");
        await app.ContributeAsync(room, "To be heard", promptId: prompt.Id, anonymous: true);
        var hidden = await app.ContributeAsync(room, "Off topic", promptId: prompt.Id);
        await app.UseAsync<Moderation, ModerationResult>(m => m.HideAsync(room.RoomId, hidden.Contribution!.Id, "Off topic", room.Facilitator.Id));
        var link = await (await app.BrowserForAsync(room.Facilitator)).MakeLinkAsync(room, "projector-link", "projector-link");

        var page = await (await app.BrowserForAsync(null)).GetDocumentAsync(link);

        var answers = page.QuerySelectorAll($"#answers-{prompt.Id} li").ToList();
        var only = Assert.Single(answers);
        Assert.Equal("Anonymous", only.QuerySelector("[data-name]")!.TextContent.Trim());
        Assert.DoesNotContain("Robin", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Off topic", page.Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ANewProjectorLink_StopsTheOldOne()
    {
        var room = await app.OpenRoomAsync();
        var facilitator = await app.BrowserForAsync(room.Facilitator);
        var old = await facilitator.MakeLinkAsync(room, "projector-link", "projector-link");
        var current = await facilitator.MakeLinkAsync(room, "projector-link", "projector-link");
        var screen = await app.BrowserForAsync(null);

        using var oldAnswer = await screen.GetAsync(old);
        using var currentAnswer = await screen.GetAsync(current);

        Assert.Equal(HttpStatusCode.NotFound, oldAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, currentAnswer.StatusCode);
    }

    [Fact]
    public async Task Get_PreparationMeetingConsole_OffersNoProjectorLink()
    {
        var meeting = await app.OpenRoomAsync(SessionKind.PreparationMeeting);
        var coLead = await app.BrowserForAsync(meeting.Facilitator);

        var console = await coLead.GetDocumentAsync(meeting.PreparationConsolePath());

        Assert.NotNull(console.GetElementById("scribe-form"));
        Assert.Null(console.GetElementById("make-projector-link"));
        Assert.Null(console.GetElementById("links"));
        Assert.DoesNotContain("shared screen", console.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Post_ProjectorLinkForAPreparationMeeting_IsNotFoundAndMakesNone()
    {
        var meeting = await app.OpenRoomAsync(SessionKind.PreparationMeeting);
        var coLead = await app.BrowserForAsync(meeting.Facilitator);

        using var refused = await coLead.PostWithTokenAsync($"{meeting.PreparationConsolePath()}?handler=ProjectorLink");

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.Rooms.Where(r => r.Id == meeting.RoomId).Select(r => r.ProjectorTokenHash).SingleAsync()));
        Assert.Null(await app.UseAsync<RoomLinks, string?>(links => links.NewProjectorLinkAsync(meeting.RoomId)));
    }

    [Fact]
    public async Task Get_AProjectorLinkMadeForAPreparationMeetingBefore_ShowsNothing()
    {
        var meeting = await app.OpenRoomAsync(SessionKind.PreparationMeeting);
        var said = await app.ContributeAsync(meeting, "Only for the group");
        var token = await app.PlantProjectorLinkAsync(meeting.RoomId);
        var screen = await app.BrowserForAsync(null);

        using var page = await screen.GetAsync($"/rooms/projector/{token}");
        using var photo = await screen.GetAsync($"/rooms/projector/{token}?handler=Photo&id={said.Contribution!.Id}");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (page.StatusCode, photo.StatusCode));
        Assert.DoesNotContain("Only for the group", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private Task<ContributionResult> AnswerAsync(OpenRoom room, PromptView prompt, int scale, int? goodEnough, Guid? by = null) =>
        app.UseAsync<Contributions, ContributionResult>(c =>
            c.AddAsync(room.RoomId, Participant.Member(by ?? room.Facilitator.Id), new NewContribution(Guid.NewGuid(), prompt.Id, null, scale, goodEnough)));
}
