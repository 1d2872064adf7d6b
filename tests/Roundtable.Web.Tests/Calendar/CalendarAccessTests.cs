using System.Net;
using Roundtable.Web.Tests.Security;
using static Roundtable.Web.Tests.Security.Visitor;

namespace Roundtable.Web.Tests.Calendar;

// Who may fetch each calendar, and what each sees in a community's: 200, a redirect to sign in,
// or 404 for a community (or a meeting) they may not know exists.
[Collection(AccessTables.Name)]
public class CalendarAccessTests(AccessFixture app) : AccessMatrix
{
    //                                                                                 Anon    NonMem Member LivedEx Facil CoLead Admin
    private static readonly (string Path, int[] Expected)[] Calendars =
    [
        // Calendar apps cannot sign in: a listed community's calendar is open to them.
        ("/communities/{listed}/calendar.ics", [200, 200, 200, 200, 200, 200, 200]),
        ("/communities/{hidden}/calendar.ics", [404, 404, 404, 404, 404, 404, 200]),
        ("/communities/no-such-community/calendar.ics", [404, 404, 404, 404, 404, 404, 404]),
        ("/communities/{listed}/sessions/1/calendar.ics", [200, 200, 200, 200, 200, 200, 200]),
        ("/communities/{hidden}/sessions/1/calendar.ics", [404, 404, 404, 404, 404, 404, 200]),
        // There is a preparation meeting 2 but no session 2.
        ("/communities/{listed}/sessions/2/calendar.ics", [404, 404, 404, 404, 404, 404, 404]),
        // Invisible outside the group and its co-leads, site admins included.
        ("/communities/{listed}/preparation-meetings/1/calendar.ics", [404, 404, 404, 200, 404, 200, 404]),
        ("/communities/{listed}/preparation-meetings/2/calendar.ics", [404, 404, 404, 200, 404, 200, 404]),
        ("/communities/{listed}/preparation-meetings/9/calendar.ics", [404, 404, 404, 404, 404, 404, 404]),
        ("/communities/{hidden}/preparation-meetings/1/calendar.ics", [404, 404, 404, 404, 404, 404, 404]),
        // The token decides, not who is signed in.
        ("/calendar/{member-token}.ics", [200, 200, 200, 200, 200, 200, 200]),
        ("/calendar/cal_not-a-real-token.ics", [404, 404, 404, 404, 404, 404, 404]),
        ("/account/calendar", [SignIn, 200, 200, 200, 200, 200, 200]),
    ];

    public static TheoryData<string, Visitor, int> CalendarRows() => Rows(Calendars);

    [Theory]
    [MemberData(nameof(CalendarRows))]
    public async Task Get_Calendar_AnswersEachVisitorAsDeclared(string path, Visitor visitor, int expected)
    {
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.GetAsync(Resolve(path));

        AssertAnswered(response, expected);
        if (expected == 200 && path.EndsWith(".ics", StringComparison.Ordinal))
        {
            Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [InlineData(Anonymous, false)]
    [InlineData(NonMember, false)]
    [InlineData(Member, false)]
    [InlineData(LivedExpert, true)]
    [InlineData(Facilitator, false)]
    [InlineData(CoLead, true)]
    [InlineData(Visitor.Admin, false)]
    public async Task Get_CommunityCalendar_HasPreparationMeetingsOnlyForTheGroupAndCoLeads(Visitor visitor, bool expected)
    {
        var browser = await app.BrowserAsAsync(visitor);

        var calendar = await browser.GetCalendarAsync($"/communities/{app.CalendarPlaces.Listed.Slug}/calendar.ics");

        Assert.Contains(CalendarTestData.Uid(app.CalendarPlaces.ListedSession), calendar.Uids());
        Assert.Equal(expected, calendar.Uids().Contains(CalendarTestData.Uid(app.CalendarPlaces.ListedPreparation)));
        Assert.Equal(expected, calendar.Events.Any(e => e.Text("SUMMARY").StartsWith("Preparation meeting", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Head_CommunityCalendar_AnswersAsGetDoes()
    {
        var browser = await app.BrowserAsAsync(Anonymous);

        using var response = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/communities/{app.CalendarPlaces.Listed.Slug}/calendar.ics"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
    }

    private string Resolve(string path) =>
        Resolve(app.CalendarPlaces, path).Replace("{member-token}", app.CalendarPlaces.MemberToken, StringComparison.Ordinal);
}
