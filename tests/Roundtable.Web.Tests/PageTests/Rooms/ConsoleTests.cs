using System.Net;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Rooms;

namespace Roundtable.Web.Tests.PageTests.Rooms;

[Collection(SharedApps.Rooms)]
public class ConsoleTests(RoundtableApp app)
{
    [Fact]
    public async Task Post_HideWithAReason_GoesForParticipantsAndShowsWithItsReasonOnTheConsole()
    {
        var room = await app.OpenRoomAsync();
        var added = await app.ContributeAsync(room, "Names a colleague unkindly");
        var facilitator = await app.BrowserForAsync(room.Facilitator);
        var console = await facilitator.GetDocumentAsync(room.ConsolePath());

        using var hidden = await facilitator.SubmitAsync(console.Form($"#hide-{added.Contribution!.Id}"), new Dictionary<string, string> { ["reason"] = "Names someone not here" });

        var after = await facilitator.FollowAsync(hidden);
        var member = await (await app.BrowserForAsync(room.Member)).GetDocumentAsync(room.RoomPath());
        Assert.Null(member.ContributionSaying("Names a colleague unkindly"));
        Assert.Null(after.ContributionSaying("Names a colleague unkindly"));
        var shown = after.GetElementById($"hidden-{added.Contribution.Id}")!;
        Assert.Equal("Hidden because: Names someone not here", shown.QuerySelector("[data-hidden-reason]")!.TextContent.Trim());
        Assert.Contains("Names someone not here", after.GetElementById("trail-table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_HideWithoutAReason_SaysWhyNextToThatFieldAndHidesNothing()
    {
        var room = await app.OpenRoomAsync();
        var added = await app.ContributeAsync(room, "Stays visible");
        var facilitator = await app.BrowserForAsync(room.Facilitator);
        var console = await facilitator.GetDocumentAsync(room.ConsolePath());

        using var refused = await facilitator.SubmitAsync(console.Form($"#hide-{added.Contribution!.Id}"), new Dictionary<string, string> { ["reason"] = " " });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ToDocumentAsync();
        Assert.Equal("Enter why you are hiding this", page.ErrorFor($"hide-reason-{added.Contribution.Id}"));
        Assert.False((await app.ContributionsAsync(room)).Single().Hidden);
    }

    [Fact]
    public async Task Post_ShowAgain_BringsItBackForEveryone()
    {
        var room = await app.OpenRoomAsync();
        var added = await app.ContributeAsync(room, "Hidden by mistake");
        await app.UseAsync<Moderation, ModerationResult>(m => m.HideAsync(room.RoomId, added.Contribution!.Id, "Misread it", room.Facilitator.Id));
        var facilitator = await app.BrowserForAsync(room.Facilitator);
        var console = await facilitator.GetDocumentAsync(room.ConsolePath());

        using var shown = await facilitator.SubmitAsync(console.GetElementById($"show-{added.Contribution!.Id}")!.Closest("form") as AngleSharp.Html.Dom.IHtmlFormElement ?? throw new InvalidOperationException());

        await facilitator.FollowAsync(shown);
        var member = await (await app.BrowserForAsync(room.Member)).GetDocumentAsync(room.RoomPath());
        Assert.NotNull(member.ContributionSaying("Hidden by mistake"));
    }

    [Fact]
    public async Task Post_Pin_PutsItFirstForParticipants()
    {
        var room = await app.OpenRoomAsync();
        await app.ContributeAsync(room, "First said");
        var later = await app.ContributeAsync(room, "Worth keeping in view");
        var facilitator = await app.BrowserForAsync(room.Facilitator);
        var console = await facilitator.GetDocumentAsync(room.ConsolePath());

        using var pinned = await facilitator.SubmitAsync(console.GetElementById($"pin-{later.Contribution!.Id}")!.Closest("form") as AngleSharp.Html.Dom.IHtmlFormElement ?? throw new InvalidOperationException());

        await facilitator.FollowAsync(pinned);
        var member = await (await app.BrowserForAsync(room.Member)).GetDocumentAsync(room.RoomPath());
        var first = member.QuerySelector("#contribution-list li")!;
        Assert.Equal(later.Contribution.Id.ToString(), first.GetAttribute("data-contribution-id"));
        Assert.Equal("true", first.GetAttribute("data-pinned"));
    }

    [Fact]
    public async Task Post_AskAScalingQuestion_UsesTheSuggestedWordsAndParticipantsCanAnswer()
    {
        var room = await app.OpenRoomAsync();
        var facilitator = await app.BrowserForAsync(room.Facilitator);
        var console = await facilitator.GetDocumentAsync(room.ConsolePath());

        using var asked = await facilitator.SubmitAsync(console.Form("#ask"), new Dictionary<string, string>
        {
            ["Prompt.Kind"] = "Scaling",
            ["Prompt.Audience"] = "Everyone",
            ["Prompt.AsksGoodEnough"] = "true",
        });

        await facilitator.FollowAsync(asked);
        var prompt = Assert.Single(await app.UseAsync<Prompts, List<RoomPrompt>>(p => p.InRoomAsync(room.RoomId)));
        Assert.Equal((PromptKind.Scaling, Prompts.SuggestedText(PromptKind.Scaling), true), (prompt.Kind, prompt.Text, prompt.AsksGoodEnough));
        var member = await (await app.BrowserForAsync(room.Member)).GetDocumentAsync(room.RoomPath());
        var section = member.GetElementById($"prompt-{prompt.Id}")!;
        Assert.Equal(Prompts.SuggestedText(PromptKind.Scaling), section.QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal(10, section.QuerySelectorAll($"input[name='Forms[{prompt.Id:N}].Scale']").Length);
        Assert.Equal(10, section.QuerySelectorAll($"input[name='Forms[{prompt.Id:N}].GoodEnough']").Length);
    }

    [Fact]
    public async Task Post_AskAFreeQuestionWithNoWords_AsksForThem()
    {
        var room = await app.OpenRoomAsync();
        var facilitator = await app.BrowserForAsync(room.Facilitator);
        var console = await facilitator.GetDocumentAsync(room.ConsolePath());

        using var asked = await facilitator.SubmitAsync(console.Form("#ask"), new Dictionary<string, string> { ["Prompt.Kind"] = "Free", ["Prompt.Audience"] = "Everyone" });

        var page = await asked.ToDocumentAsync();
        Assert.Equal("Enter the question", page.ErrorFor("Prompt_Text"));
        Assert.Empty(await app.UseAsync<Prompts, List<RoomPrompt>>(p => p.InRoomAsync(room.RoomId)));
    }

    [Fact]
    public async Task Post_Scribe_RecordsWhatSomeoneSaidAloudNamedAsTheyChose()
    {
        var room = await app.OpenRoomAsync();
        var facilitator = await app.BrowserForAsync(room.Facilitator);
        var console = await facilitator.GetDocumentAsync(room.ConsolePath());
        var form = console.Form("#scribe-form");
        var typed = new Dictionary<string, string> { ["Scribe.Text"] = "The letters are too long", ["Scribe.SpeakerId"] = room.Member.Id.ToString() };

        using var recorded = await facilitator.SubmitAsync(form, typed);
        using var again = await facilitator.SubmitAsync(form, typed);

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var stored = Assert.Single(await app.ContributionsAsync(room));
        Assert.Equal((ContributionKind.Spoken, room.Member.Id), (stored.Kind, stored.SpokenById!.Value));
        var member = await (await app.BrowserForAsync(room.Member)).GetDocumentAsync(room.RoomPath());
        Assert.Equal("Robin, said aloud", member.ContributionSaying("The letters are too long")!.QuerySelector("[data-name]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Post_Scribe_ForAScalingQuestionAskingGoodEnough_RecordsTheNumberAndTheGoodEnoughMark()
    {
        var room = await app.OpenRoomAsync();
        var prompt = await app.OpenPromptAsync(room, PromptKind.Scaling, asksGoodEnough: true);
        var facilitator = await app.BrowserForAsync(room.Facilitator);
        var console = await facilitator.GetDocumentAsync(room.ConsolePath());

        using var recorded = await facilitator.SubmitAsync(console.Form("#scribe-form"), new Dictionary<string, string>
        {
            ["Scribe.PromptId"] = prompt.Id.ToString(),
            ["Scribe.Scale"] = "4",
            ["Scribe.GoodEnough"] = "7",
            ["Scribe.Text"] = "Four, and seven would do",
        });

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var stored = Assert.Single(await app.ContributionsAsync(room));
        Assert.Equal((ContributionKind.Spoken, prompt.Id, 4, 7), (stored.Kind, stored.PromptId!.Value, stored.Scale!.Value, stored.GoodEnough!.Value));
        var member = await (await app.BrowserForAsync(room.Member)).GetDocumentAsync(room.RoomPath());
        Assert.Equal(
            "4 out of 10; good enough would be 7",
            System.Text.RegularExpressions.Regex.Replace(member.ContributionSaying("Four, and seven would do")!.QuerySelector("[data-scale]")!.TextContent, @"\s+", " ").Trim());
    }

    [Fact]
    public async Task Get_Console_AsksForAGoodEnoughMarkOnlyWhenAnOpenScalingQuestionAsksIt()
    {
        var room = await app.OpenRoomAsync();
        var facilitator = await app.BrowserForAsync(room.Facilitator);
        await app.OpenPromptAsync(room, PromptKind.Scaling, "Where are we now?");
        var withoutGoodEnough = await facilitator.GetDocumentAsync(room.ConsolePath());
        await app.OpenPromptAsync(room, PromptKind.Scaling, "Where is the team?", asksGoodEnough: true);

        var withGoodEnough = await facilitator.GetDocumentAsync(room.ConsolePath());

        Assert.NotNull(withoutGoodEnough.QuerySelector("#scribe-form [name='Scribe.Scale']"));
        Assert.Null(withoutGoodEnough.QuerySelector("#scribe-form [name='Scribe.GoodEnough']"));
        Assert.Equal(11, withGoodEnough.QuerySelectorAll("#scribe-form [name='Scribe.GoodEnough'] option").Length);
        Assert.NotNull(withGoodEnough.QuerySelector("label[for='Scribe_GoodEnough']"));
    }

    [Fact]
    public async Task Post_Scribe_GoodEnoughForAQuestionThatDoesNotAskIt_SaysSoNextToTheFieldAndKeepsWhatWasTyped()
    {
        var room = await app.OpenRoomAsync();
        var plain = await app.OpenPromptAsync(room, PromptKind.Scaling, "Where are we now?");
        await app.OpenPromptAsync(room, PromptKind.Scaling, "Where is the team?", asksGoodEnough: true);
        var facilitator = await app.BrowserForAsync(room.Facilitator);
        var console = await facilitator.GetDocumentAsync(room.ConsolePath());

        using var refused = await facilitator.SubmitAsync(console.Form("#scribe-form"), new Dictionary<string, string>
        {
            ["Scribe.PromptId"] = plain.Id.ToString(),
            ["Scribe.Scale"] = "5",
            ["Scribe.GoodEnough"] = "6",
            ["Scribe.Text"] = "Halfway there",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ToDocumentAsync();
        Assert.Equal("This question does not ask what would be good enough: leave the \"good enough\" number empty", page.ErrorFor("Scribe_GoodEnough"));
        Assert.Equal("Halfway there", page.GetElementById("Scribe_Text")!.TextContent);
        Assert.Equal("6", page.QuerySelector("#Scribe_GoodEnough option[selected]")!.GetAttribute("value"));
        Assert.Empty(await app.ContributionsAsync(room));
    }

    [Fact]
    public async Task Post_StepThroughTheRunningOrder_ShowsTheCurrentItemAndTimeUsed()
    {
        var room = await app.OpenRoomAsync();
        await app.WithDbAsync(async db =>
        {
            db.RunningOrderItems.Add(new RunningOrderItem { SessionId = room.Session.Id, Position = 1, Title = "Welcome and principles", Minutes = 10 });
            db.RunningOrderItems.Add(new RunningOrderItem { SessionId = room.Session.Id, Position = 2, Title = "Breakout reflection", Minutes = 20 });
            return await db.SaveChangesAsync();
        });
        var facilitator = await app.BrowserForAsync(room.Facilitator);
        var console = await facilitator.GetDocumentAsync(room.ConsolePath());
        var move = console.QuerySelectorAll("#running-order-table tbody tr")[1].QuerySelector("form") as AngleSharp.Html.Dom.IHtmlFormElement;

        using var moved = await facilitator.SubmitAsync(move!);
        app.Clock.Advance(TimeSpan.FromMinutes(12));

        var after = await facilitator.GetDocumentAsync(room.ConsolePath());
        Assert.Contains("Breakout reflection", after.GetElementById("current-item")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("12 minutes used of 20 planned", after.GetElementById("time-used")!.TextContent.Trim());
        var member = await (await app.BrowserForAsync(room.Member)).GetDocumentAsync(room.RoomPath());
        Assert.Equal("Breakout reflection", member.GetElementById("current-item-title")!.TextContent.Trim());
    }

    [Fact]
    public async Task Post_CloseAndOpen_ChangesWhetherParticipantsCanWrite()
    {
        var room = await app.OpenRoomAsync();
        var facilitator = await app.BrowserForAsync(room.Facilitator);
        var member = await app.BrowserForAsync(room.Member);

        using var closed = await facilitator.SubmitAsync((await facilitator.GetDocumentAsync(room.ConsolePath())).Form("#close-room"));
        var whileClosed = await member.GetDocumentAsync(room.RoomPath());
        using var opened = await facilitator.SubmitAsync((await facilitator.GetDocumentAsync(room.ConsolePath())).Form("#open-room"));
        var whileOpen = await member.GetDocumentAsync(room.RoomPath());

        Assert.NotNull(whileClosed.GetElementById("room-closed"));
        Assert.Null(whileClosed.GetElementById("answer-general"));
        Assert.NotNull(whileOpen.GetElementById("answer-general"));
    }

    [Fact]
    public async Task Get_SessionPage_LinksToTheRoomAndTheConsoleForThoseWhoMay()
    {
        var room = await app.OpenRoomAsync();
        var path = $"/communities/{room.Community.Slug}/sessions/{room.Session.Number}";

        var asMember = await (await app.BrowserForAsync(room.Member)).GetDocumentAsync(path);
        var asFacilitator = await (await app.BrowserForAsync(room.Facilitator)).GetDocumentAsync(path);
        var asVisitor = await (await app.BrowserForAsync(null)).GetDocumentAsync(path);

        Assert.Equal(room.RoomPath(), asMember.GetElementById("room-link")!.GetAttribute("href"));
        Assert.Null(asMember.GetElementById("room-console-link"));
        Assert.Equal(room.ConsolePath(), asFacilitator.GetElementById("room-console-link")!.GetAttribute("href"));
        Assert.Null(asVisitor.GetElementById("room-link"));
    }
}
