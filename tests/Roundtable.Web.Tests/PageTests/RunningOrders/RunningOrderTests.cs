using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.RunningOrders;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Sessions;

namespace Roundtable.Web.Tests.PageTests.RunningOrders;

// A session's running order: started from a template, edited freely, its total set against the
// session's two hours.
[Collection(SharedApps.Sessions)]
public class RunningOrderTests(RoundtableApp app)
{
    private static readonly string[] StokeTitles = RunningOrderTemplates.Stoke.Items.Select(i => i.Title).ToArray();

    private async Task<(Community Community, Session Session, HttpClient Facilitator)> SessionAsync()
    {
        var (community, _, facilitator) = await app.CommunityWithAsync(CommunityRole.Facilitator);
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(83), topic: "What good support looks like");
        return (community, session, facilitator);
    }

    private async Task<(Community Community, Session Session, HttpClient Facilitator)> StokeSessionAsync()
    {
        var (community, session, facilitator) = await SessionAsync();
        await app.AddRunningOrderAsync(session, RunningOrderTemplates.Stoke);
        return (community, session, facilitator);
    }

    private static string PathOf(Community community, Session session) => $"/communities/{community.Slug}/sessions/{session.Number}/running-order";

    private Task<List<RunningOrderItem>> ItemsAsync(Session session) =>
        app.WithDbAsync(db => db.RunningOrderItems.AsNoTracking().Where(i => i.SessionId == session.Id).OrderBy(i => i.Position).ToListAsync());

    private static string Text(IElement? element) =>
        string.Join(' ', (element?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? Value(IDocument page, string id) => page.GetElementById(id)?.GetAttribute("value");

    private static async Task<HttpResponseMessage> SaveAsync(HttpClient facilitator, Community community, Session session, params (string Name, string? Value)[] typed) =>
        await facilitator.SubmitAsync(PathOf(community, session), typed, "#running-order-form");

    [Fact]
    public async Task Get_WithNoRunningOrder_OffersBothTemplatesAndEmptyRows()
    {
        var (community, session, facilitator) = await SessionAsync();

        var page = await facilitator.GetDocumentAsync(PathOf(community, session));

        var templates = page.QuerySelectorAll("#template-form input[name='Template']").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal(["stoke", "online"], templates);
        Assert.Contains("12 items, 2 hours.", Text(page.QuerySelector("#template-form")), StringComparison.Ordinal);
        Assert.Contains("10 items, 1 hour 30 minutes.", Text(page.QuerySelector("#template-form")), StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll("#running-order-form fieldset.rt-running-order__row").Length);
        Assert.Null(page.GetElementById("timing"));
        Assert.Null(page.GetElementById("timing-warning"));
    }

    [Fact]
    public async Task Post_StokeTemplate_AddsItsTwelveItemsFillingTheTwoHours()
    {
        var (community, session, facilitator) = await SessionAsync();

        using var response = await facilitator.SubmitAsync(PathOf(community, session), [("Template", "stoke")], "#template-form");

        var page = await facilitator.FollowAsync(response);
        Assert.Equal("The running order now follows ‘The Stoke-on-Trent running order’. Change it as you need.", page.Notice());
        Assert.Equal("Information: 120 minutes planned, for a session of 120 minutes. It fills the session exactly.", Text(page.GetElementById("timing")));
        var items = await ItemsAsync(session);
        Assert.Equal(StokeTitles, items.Select(i => i.Title));
        Assert.Equal(Enumerable.Range(1, 12), items.Select(i => i.Position));
        Assert.Equal("There is no such thing as late: whoever arrives is the right person.", items[0].Notes);
        var presentation = Assert.Single(items, i => i.Kind == RunningOrderItemKind.Presentation);
        Assert.Equal(("Presentation or case study", 5, 5), (presentation.Title, presentation.Minutes, presentation.Position));
        // Every item can be edited, with two spare rows to add to.
        Assert.Equal(14, page.QuerySelectorAll("#running-order-form fieldset.rt-running-order__row").Length);
        Assert.Equal("Meet, greet and offer refreshments", Value(page, "Rows_0__Title"));
        Assert.Null(page.QuerySelector("#template-form input[name='ConfirmReplace']:checked"));
    }

    [Fact]
    public async Task Post_OnlineTemplate_SaysWhatOfTheSessionIsNotPlanned()
    {
        var (community, session, facilitator) = await SessionAsync();

        using var response = await facilitator.SubmitAsync(PathOf(community, session), [("Template", "online")], "#template-form");

        var page = await facilitator.FollowAsync(response);
        Assert.Equal(
            "Important: Time not planned 30 minutes of the session are not planned. 90 minutes planned, for a session of 120 minutes.",
            Text(page.GetElementById("timing-warning")));
        Assert.Equal(10, (await ItemsAsync(session)).Count);
    }

    [Fact]
    public async Task Post_TemplateTwice_BuildsItOnce()
    {
        var (community, session, facilitator) = await SessionAsync();
        var form = (await facilitator.GetDocumentAsync(PathOf(community, session))).Form("#template-form");

        using var once = await facilitator.SubmitAsync(form, new Dictionary<string, string> { ["Template"] = "stoke" });
        using var twice = await facilitator.SubmitAsync(form, new Dictionary<string, string> { ["Template"] = "stoke" });

        Assert.Equal(HttpStatusCode.Redirect, twice.StatusCode);
        Assert.Equal(12, (await ItemsAsync(session)).Count);
    }

    [Fact]
    public async Task Post_NoTemplateChosen_AsksForOne()
    {
        var (community, session, facilitator) = await SessionAsync();

        using var response = await facilitator.SubmitAsync(PathOf(community, session), [], "#template-form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal(["Choose a running order to start from"], page.ErrorSummary());
        Assert.Empty(await ItemsAsync(session));
    }

    [Fact]
    public async Task Post_ReplaceWithATemplate_AsksForConfirmationAndThenReplaces()
    {
        var (community, session, facilitator) = await StokeSessionAsync();

        using var unconfirmed = await facilitator.SubmitAsync(PathOf(community, session), [("Template", "online")], "#template-form");
        var refused = await unconfirmed.ToDocumentAsync();
        using var confirmed = await facilitator.SubmitAsync(refused.Form("#template-form"), new Dictionary<string, string> { ["ConfirmReplace"] = "true" });

        Assert.Equal(["Confirm that the template replaces the running order"], refused.ErrorSummary());
        // Without scripts a closed <details> would hide the error, so it opens.
        Assert.True(refused.GetElementById("replace")!.HasAttribute("open"));
        Assert.Equal("online", refused.QuerySelector("#template-form input[name='Template']:checked")?.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(RunningOrderTemplates.Online.Items.Select(i => i.Title), (await ItemsAsync(session)).Select(i => i.Title));
    }

    [Fact]
    public async Task Post_ChangedItems_AreSavedInPlaceKeepingEachItemsId()
    {
        var (community, session, facilitator) = await StokeSessionAsync();
        var before = await ItemsAsync(session);

        using var response = await SaveAsync(facilitator, community, session,
            ("Rows[0].Title", "Arrive, tea and biscuits"),
            ("Rows[1].Minutes", "20"),
            ("Rows[4].Title", "Case study: a reasonable adjustment that worked"),
            ("Rows[4].Presenter", "Dr Amara Okafor"),
            ("Rows[7].Notes", "Scaling questions: where are we from 1 to 10?"),
            ("Rows[7].Minutes", "20"));

        var page = await facilitator.FollowAsync(response);
        Assert.Equal("The running order has been saved. It fills the session exactly.", page.Notice());
        var after = await ItemsAsync(session);
        Assert.Equal(before.Select(i => i.Id), after.Select(i => i.Id));
        Assert.Equal(("Arrive, tea and biscuits", 20), (after[0].Title, after[1].Minutes));
        Assert.Equal(("Case study: a reasonable adjustment that worked", "Dr Amara Okafor", RunningOrderItemKind.Presentation), (after[4].Title, after[4].Presenter, after[4].Kind));
        Assert.Equal(("Scaling questions: where are we from 1 to 10?", 20), (after[7].Notes, after[7].Minutes));
        Assert.Equal(before.Skip(8).Select(i => (i.Title, i.Minutes)), after.Skip(8).Select(i => (i.Title, i.Minutes)));
    }

    [Fact]
    public async Task Post_APresentation_NamesItsPresenterOnTheSessionPage()
    {
        var (community, session, facilitator) = await StokeSessionAsync();

        using var response = await SaveAsync(facilitator, community, session, ("Rows[4].Presenter", "Dr Amara Okafor"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var sessionPage = await facilitator.GetDocumentAsync($"/communities/{community.Slug}/sessions/{session.Number}");
        var row = sessionPage.QuerySelectorAll("#running-order-table tbody tr")[4];
        Assert.Equal("Presented by Dr Amara Okafor", Text(row.QuerySelector(".rt-sessions__presenter")));
        Assert.Equal("14:45", Text(row.QuerySelector("td")));
    }

    [Fact]
    public async Task Post_AddAndRemove_PutsTheNewItemWhereItsNumberSays()
    {
        var (community, session, facilitator) = await StokeSessionAsync();

        using var response = await SaveAsync(facilitator, community, session,
            ("Rows[4].Presenter", "To be confirmed"),
            ("Rows[11].Remove", "true"),
            ("Rows[12].Position", "4"), ("Rows[12].Title", "Comfort break"), ("Rows[12].Minutes", "5"), ("Rows[12].Kind", "Item"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var items = await ItemsAsync(session);
        Assert.Equal([.. StokeTitles[..3], "Comfort break", .. StokeTitles[3..11]], items.Select(i => i.Title));
        Assert.Equal(Enumerable.Range(1, 12), items.Select(i => i.Position));
        Assert.Equal(120, items.Sum(i => i.Minutes));
    }

    [Fact]
    public async Task Post_AnItemGivenAnotherNumber_MovesToThatPlaceAndTheOthersMakeRoom()
    {
        var (community, session, facilitator) = await StokeSessionAsync();
        var finalThoughts = (await ItemsAsync(session))[9];

        // Up: "Final thoughts" (item 10) becomes item 1.
        using (var up = await SaveAsync(facilitator, community, session, ("Rows[4].Presenter", "To be confirmed"), ("Rows[9].Position", "1")))
        {
            Assert.Equal(HttpStatusCode.Redirect, up.StatusCode);
        }

        var afterUp = await ItemsAsync(session);
        Assert.Equal([StokeTitles[9], .. StokeTitles[..9], .. StokeTitles[10..]], afterUp.Select(i => i.Title));
        Assert.Equal(finalThoughts.Id, afterUp[0].Id);

        // Down: "Meet, greet" (now item 2) becomes item 9.
        using (var down = await SaveAsync(facilitator, community, session, ("Rows[1].Position", "9")))
        {
            Assert.Equal(HttpStatusCode.Redirect, down.StatusCode);
        }

        var afterDown = await ItemsAsync(session);
        Assert.Equal([StokeTitles[9], .. StokeTitles[1..8], StokeTitles[0], .. StokeTitles[8..9], .. StokeTitles[10..]], afterDown.Select(i => i.Title));
        Assert.Equal(StokeTitles[0], afterDown[8].Title);
        Assert.Equal(Enumerable.Range(1, 12), afterDown.Select(i => i.Position));
    }

    [Fact]
    public async Task Post_LongerThanTheSession_SavesAndSaysByHowMuch()
    {
        var (community, session, facilitator) = await StokeSessionAsync();

        using var response = await SaveAsync(facilitator, community, session,
            ("Rows[4].Presenter", "To be confirmed"),
            ("Rows[7].Minutes", "40"));

        var page = await facilitator.FollowAsync(response);
        Assert.Equal("The running order has been saved. The running order is 15 minutes longer than the session.", page.Notice());
        Assert.Equal(
            "Important: Longer than the session The running order is 15 minutes longer than the session. 135 minutes planned, for a session of 120 minutes.",
            Text(page.GetElementById("timing-warning")));
        Assert.Equal(135, (await ItemsAsync(session)).Sum(i => i.Minutes));
    }

    [Fact]
    public async Task Post_PresentationOverFiveMinutes_IsRefusedNextToItsMinutesKeepingWhatWasTyped()
    {
        var (community, session, facilitator) = await StokeSessionAsync();

        using var response = await SaveAsync(facilitator, community, session,
            ("Rows[0].Title", "Welcome, with tea"),
            ("Rows[4].Presenter", "Dr Amara Okafor"),
            ("Rows[4].Minutes", "15"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal(["A presentation or case study holds up to 5 minutes"], page.ErrorSummary());
        Assert.Equal("A presentation or case study holds up to 5 minutes", page.ErrorFor("Rows_4__Minutes"));
        Assert.Equal("15", Value(page, "Rows_4__Minutes"));
        Assert.Equal("Dr Amara Okafor", Value(page, "Rows_4__Presenter"));
        Assert.Equal("Welcome, with tea", Value(page, "Rows_0__Title"));
        Assert.Equal(StokeTitles, (await ItemsAsync(session)).Select(i => i.Title));
    }

    [Fact]
    public async Task Post_PresentationWithoutAPresenter_AsksWhoIsPresenting()
    {
        var (community, session, facilitator) = await StokeSessionAsync();

        using var response = await SaveAsync(facilitator, community, session, ("Rows[0].Minutes", "15"));

        var page = await response.ToDocumentAsync();
        Assert.Equal("Enter who is presenting, or ‘to be confirmed’", page.ErrorFor("Rows_4__Presenter"));
        Assert.Equal("15", Value(page, "Rows_0__Minutes"));
        Assert.Equal(10, (await ItemsAsync(session))[0].Minutes);
    }

    [Fact]
    public async Task Post_ANewRowMadeAPresentation_IsLimitedToFiveMinutesAndNeedsAPresenter()
    {
        var (community, session, facilitator) = await SessionAsync();

        using var response = await SaveAsync(facilitator, community, session,
            ("Rows[0].Title", "Case study"), ("Rows[0].Minutes", "6"), ("Rows[0].Kind", "Presentation"));

        var page = await response.ToDocumentAsync();
        Assert.Equal(
            ["A presentation or case study holds up to 5 minutes", "Enter who is presenting, or ‘to be confirmed’"],
            page.ErrorSummary());
        Assert.Equal("Presentation", page.QuerySelector("input[name='Rows[0].Kind']:checked")?.GetAttribute("value"));
        Assert.Empty(await ItemsAsync(session));
    }

    [Fact]
    public async Task Post_BadInput_SaysWhatIsWrongNextToEachFieldAndKeepsWhatWasTyped()
    {
        var (community, session, facilitator) = await SessionAsync();

        using var response = await SaveAsync(facilitator, community, session,
            ("Rows[0].Position", "first"), ("Rows[0].Title", "Welcome"), ("Rows[0].Minutes", "ten"),
            ("Rows[1].Position", "2"), ("Rows[1].Title", ""), ("Rows[1].Minutes", "0"), ("Rows[1].Notes", "Bring the flipchart"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal("The position must be a whole number, like 2", page.ErrorFor("Rows_0__Position"));
        Assert.Equal("The minutes must be a whole number, like 2", page.ErrorFor("Rows_0__Minutes"));
        Assert.Equal("Enter what happens in this item", page.ErrorFor("Rows_1__Title"));
        Assert.Equal("The minutes must be between 1 and 600", page.ErrorFor("Rows_1__Minutes"));
        Assert.Equal(("first", "Welcome", "ten"), (Value(page, "Rows_0__Position"), Value(page, "Rows_0__Title"), Value(page, "Rows_0__Minutes")));
        Assert.Equal("Bring the flipchart", Text(page.GetElementById("Rows_1__Notes")));
        Assert.Empty(await ItemsAsync(session));
    }

    [Fact]
    public async Task Post_TheSameChangesTwice_SavesThemOnce()
    {
        var (community, session, facilitator) = await StokeSessionAsync();
        var form = (await facilitator.GetDocumentAsync(PathOf(community, session))).Form("#running-order-form");
        var typed = new Dictionary<string, string>
        {
            ["Rows[4].Presenter"] = "Dr Amara Okafor",
            ["Rows[12].Title"] = "Photos of the flipcharts",
            ["Rows[12].Minutes"] = "5",
        };

        using var once = await facilitator.SubmitAsync(form, typed);
        using var twice = await facilitator.SubmitAsync(form, typed);

        Assert.Equal(HttpStatusCode.Redirect, twice.StatusCode);
        var items = await ItemsAsync(session);
        Assert.Equal(13, items.Count);
        Assert.Single(items, i => i.Title == "Photos of the flipcharts");
    }

    [Fact]
    public async Task Post_AfterSomeoneElseSaved_ShowsWhatTheySavedAndKeepsWhatWasTyped()
    {
        var (community, session, facilitator) = await StokeSessionAsync();
        var otherPerson = await app.CreatePersonAsync("Other Facilitator");
        await app.JoinAsync(community, otherPerson, CommunityRole.Facilitator);
        var other = await app.BrowserForAsync(otherPerson);
        var mine = await facilitator.GetDocumentAsync(PathOf(community, session));
        using (var theirs = await SaveAsync(other, community, session, ("Rows[4].Presenter", "Their presenter")))
        {
            Assert.Equal(HttpStatusCode.Redirect, theirs.StatusCode);
        }

        using var response = await facilitator.SubmitAsync(mine.Form("#running-order-form"), new Dictionary<string, string> { ["Rows[4].Presenter"] = "My presenter" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.StartsWith("Someone else changed this running order while you were editing", page.ErrorSummary().Single(), StringComparison.Ordinal);
        Assert.Contains("presented by Their presenter", Text(page.GetElementById("saved-meanwhile")), StringComparison.Ordinal);
        Assert.Equal("My presenter", Value(page, "Rows_4__Presenter"));
        Assert.Equal("Their presenter", (await ItemsAsync(session))[4].Presenter);

        using var again = await facilitator.SubmitAsync(page.Form("#running-order-form"));

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("My presenter", (await ItemsAsync(session))[4].Presenter);
    }

    [Fact]
    public async Task Get_ForASessionThatDoesNotExist_IsNotFound()
    {
        var (community, _, facilitator) = await SessionAsync();

        using var response = await facilitator.GetAsync($"/communities/{community.Slug}/sessions/9/running-order");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
