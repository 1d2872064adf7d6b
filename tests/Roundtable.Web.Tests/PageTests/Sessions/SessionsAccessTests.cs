using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Security;
using static Roundtable.Web.Tests.Security.Visitor;

namespace Roundtable.Web.Tests.PageTests.Sessions;

// Who may use each session page, and who may not: 200, a redirect to sign in, 403, or 404 for a
// community, or a preparation meeting, they may not know exists.
[Collection(AccessTables.Name)]
public class SessionsAccessTests(AccessFixture app) : AccessMatrix
{
    //                                                                        Anon    NonMem Member LivedEx Facil CoLead Admin
    private static readonly (string Path, int[] Expected)[] Pages =
    [
        ("/communities/{listed}/sessions", [200, 200, 200, 200, 200, 200, 200]),
        ("/communities/{hidden}/sessions", [404, 404, 404, 404, 404, 404, 200]),
        ("/communities/no-such-community/sessions", [404, 404, 404, 404, 404, 404, 404]),
        ("/communities/{listed}/sessions/plan", [SignIn, 403, 403, 403, 403, 200, 200]),
        ("/communities/{hidden}/sessions/plan", [404, 404, 404, 404, 404, 404, 200]),
        ("/communities/{listed}/sessions/1", [200, 200, 200, 200, 200, 200, 200]),
        ("/communities/{hidden}/sessions/1", [404, 404, 404, 404, 404, 404, 200]),
        // Preparation meeting 2 is not session 2: the sessions route finds only sessions.
        ("/communities/{listed}/sessions/2", [404, 404, 404, 404, 404, 404, 404]),
        ("/communities/{listed}/sessions/1/edit", [SignIn, 403, 403, 403, 200, 200, 200]),
        ("/communities/{hidden}/sessions/1/edit", [404, 404, 404, 404, 404, 404, 200]),
        ("/communities/{listed}/sessions/2/edit", [SignIn, 403, 403, 403, 404, 404, 404]),
        ("/communities/{listed}/sessions/1/running-order", [SignIn, 403, 403, 403, 200, 200, 200]),
        ("/communities/{hidden}/sessions/1/running-order", [404, 404, 404, 404, 404, 404, 200]),
        ("/communities/{listed}/sessions/2/running-order", [SignIn, 403, 403, 403, 404, 404, 404]),
        // Invisible outside the lived-expert group and its co-leads, site admins included.
        ("/communities/{listed}/preparation-meetings/2", [404, 404, 404, 200, 404, 200, 404]),
        ("/communities/{hidden}/preparation-meetings/1", [404, 404, 404, 404, 404, 404, 404]),
        ("/communities/{listed}/preparation-meetings/9", [404, 404, 404, 404, 404, 404, 404]),
        ("/communities/{listed}/preparation-meetings/2/edit", [404, 404, 404, 403, 404, 200, 404]),
        ("/communities/{hidden}/preparation-meetings/1/edit", [404, 404, 404, 404, 404, 404, 404]),
        // Planning breakout groups shows who asked for a quiet space: for the people who run sessions.
        ("/communities/{listed}/sessions/1/breakouts", [SignIn, 403, 403, 403, 200, 200, 200]),
        ("/communities/{hidden}/sessions/1/breakouts", [404, 404, 404, 404, 404, 404, 200]),
        ("/communities/{listed}/sessions/2/breakouts", [SignIn, 403, 403, 403, 404, 404, 404]),
        // Everyone taking part sees their own group.
        ("/communities/{listed}/sessions/1/my-breakout", [SignIn, 403, 200, 200, 200, 200, 200]),
        ("/communities/{hidden}/sessions/1/my-breakout", [404, 404, 404, 404, 404, 404, 200]),
        ("/communities/{listed}/sessions/2/my-breakout", [SignIn, 403, 404, 404, 404, 404, 404]),
        ("/css/sessions.css", [200, 200, 200, 200, 200, 200, 200]),
        ("/css/breakouts.css", [200, 200, 200, 200, 200, 200, 200]),
    ];

    public static TheoryData<string, Visitor, int> PageRows() => Rows(Pages);

    [Theory]
    [MemberData(nameof(PageRows))]
    public async Task Get_Page_AnswersEachVisitorAsDeclared(string path, Visitor visitor, int expected)
    {
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.GetAsync(Resolve(app.SessionPlaces, path));

        AssertAnswered(response, expected);
    }

    [Theory]
    [InlineData(Anonymous, false)]
    [InlineData(NonMember, false)]
    [InlineData(Member, false)]
    [InlineData(LivedExpert, true)]
    [InlineData(Facilitator, false)]
    [InlineData(CoLead, true)]
    [InlineData(Visitor.Admin, false)]
    public async Task Get_SessionList_ShowsPreparationMeetingsOnlyToTheGroupAndCoLeads(Visitor visitor, bool seesThem)
    {
        var browser = await app.BrowserAsAsync(visitor);

        var page = await browser.GetDocumentAsync($"/communities/{app.SessionPlaces.Listed.Slug}/sessions");

        var kinds = page.QuerySelectorAll("table.rt-sessions tbody tr").Select(row => row.GetAttribute("data-kind")).ToList();
        Assert.Contains(nameof(SessionKind.Session), kinds);
        Assert.Equal(seesThem, kinds.Contains(nameof(SessionKind.PreparationMeeting)));
        Assert.Equal(seesThem, page.Body!.TextContent.Contains("Secret agenda shaping", StringComparison.Ordinal));
        Assert.Equal(seesThem, page.QuerySelector("a[href*='preparation-meetings']") is not null);
    }

    [Theory]
    [InlineData(NonMember)]
    [InlineData(Member)]
    [InlineData(LivedExpert)]
    [InlineData(Facilitator)]
    public async Task Post_ConfirmPlan_AsSomeoneNotACoLead_IsForbiddenAndCreatesNothing(Visitor visitor)
    {
        var browser = await app.BrowserAsAsync(visitor);
        var before = await app.WithDbAsync(db => db.Sessions.CountAsync());

        using var response = await browser.PostWithTokenAsync($"/communities/{app.SessionPlaces.Listed.Slug}/sessions/plan?handler=Confirm",
            ("Input.Key", Guid.NewGuid().ToString()), ("Input.Name", $"Planned by {visitor}"), ("Input.Rhythm", "ExplicitDates"),
            ("Input.Dates", app.Today.AddDays(111).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)), ("Input.StartTime", "14:00"), ("Input.EndTime", "16:00"), ("Input.Format", "Online"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await app.WithDbAsync(db => db.Sessions.CountAsync()));
    }

    [Theory]
    [InlineData(Member, 403)]
    [InlineData(LivedExpert, 403)]
    [InlineData(NonMember, 403)]
    public async Task Post_EditSession_AsSomeoneNotAFacilitator_IsRefusedAndChangesNothing(Visitor visitor, int expected)
    {
        var browser = await app.BrowserAsAsync(visitor);
        var moveTo = app.Today.AddDays(100);

        using var edit = await browser.PostWithTokenAsync($"/communities/{app.SessionPlaces.Listed.Slug}/sessions/1/edit",
            ("Input.Topic", "Taken over"), ("Input.Day", moveTo.Day.ToString(CultureInfo.InvariantCulture)),
            ("Input.Month", moveTo.Month.ToString(CultureInfo.InvariantCulture)), ("Input.Year", moveTo.Year.ToString(CultureInfo.InvariantCulture)),
            ("Input.StartTime", "10:00"), ("Input.EndTime", "11:00"), ("Input.Format", "Online"));

        Assert.Equal(expected, (int)edit.StatusCode);
        Assert.Equal("Listed session", (await app.ReloadAsync(app.SessionPlaces.ListedSession)).Topic);
    }

    [Theory]
    [InlineData(Member, 403)]
    [InlineData(LivedExpert, 403)]
    public async Task Post_CancelSession_AsSomeoneNotAFacilitator_IsRefusedAndCancelsNothing(Visitor visitor, int expected)
    {
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.PostWithTokenAsync($"/communities/{app.SessionPlaces.Listed.Slug}/sessions/1/edit?handler=Cancel",
            ("CancelReason", "Not mine to cancel"));

        Assert.Equal(expected, (int)response.StatusCode);
        Assert.False((await app.ReloadAsync(app.SessionPlaces.ListedSession)).IsCancelled);
    }

    [Theory]
    [InlineData(LivedExpert, 403)]
    [InlineData(Facilitator, 404)]
    [InlineData(Visitor.Admin, 404)]
    public async Task Post_CancelPreparationMeeting_AsSomeoneNotItsCoLead_IsRefusedAndCancelsNothing(Visitor visitor, int expected)
    {
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.PostWithTokenAsync($"/communities/{app.SessionPlaces.Listed.Slug}/preparation-meetings/2/edit?handler=Cancel",
            ("CancelReason", "Not mine to cancel"));

        Assert.Equal(expected, (int)response.StatusCode);
        Assert.False((await app.ReloadAsync(app.SessionPlaces.ListedPreparation)).IsCancelled);
    }

    [Theory]
    [InlineData(Member)]
    [InlineData(LivedExpert)]
    [InlineData(NonMember)]
    public async Task Post_ProposeBreakouts_AsSomeoneNotAFacilitator_IsForbiddenAndMakesNoGroups(Visitor visitor)
    {
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.PostWithTokenAsync($"/communities/{app.SessionPlaces.Listed.Slug}/sessions/1/breakouts?handler=Propose",
            ("Input.Min", "2"), ("Input.Max", "3"), ("Replace", "true"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.BreakoutGroups.AnyAsync(g => g.SessionId == app.SessionPlaces.ListedSession.Id)));
    }

    [Theory]
    [InlineData(Member)]
    [InlineData(LivedExpert)]
    public async Task Post_RunningOrder_AsSomeoneNotAFacilitator_IsForbiddenAndAddsNothing(Visitor visitor)
    {
        var browser = await app.BrowserAsAsync(visitor);

        using var template = await browser.PostWithTokenAsync($"/communities/{app.SessionPlaces.Listed.Slug}/sessions/1/running-order?handler=Template",
            ("Template", "stoke"));
        using var save = await browser.PostWithTokenAsync($"/communities/{app.SessionPlaces.Listed.Slug}/sessions/1/running-order",
            ("Rows[0].Position", "1"), ("Rows[0].Title", "Taken over"), ("Rows[0].Minutes", "10"), ("Rows[0].Kind", "Item"));

        Assert.Equal(HttpStatusCode.Forbidden, template.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, save.StatusCode);
        Assert.Empty((await app.ReloadAsync(app.SessionPlaces.ListedSession)).RunningOrder);
    }
}
