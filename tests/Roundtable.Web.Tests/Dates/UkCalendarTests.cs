using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Tests.Shared;
using Roundtable.Web.Tests.Calendar;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Sessions;

namespace Roundtable.Web.Tests.Dates;

// Sessions on the UK calendar's awkward days, each at its next occurrence after today: either side
// of the clocks going forward and back, on 29 February, and at midnight in summer, when the UK's
// date is a day ahead of UTC's. Expected instants are written in UTC by hand, not worked out by the
// app's time zone code.
[Collection(SharedApps.Sessions)]
public class UkCalendarTests(RoundtableApp app)
{
    private static readonly DateOnly ClocksForward = TestClock.NextClocksForward();
    private static readonly DateOnly ClocksBack = TestClock.NextClocksBack();

    // The day before each of the next two changes of the clocks, and the day itself (the clocks
    // change at 01:00 UTC, so its afternoon is on the new time), in date order: 14:00 in the UK is
    // 14:00 UTC in GMT and 13:00 UTC in British Summer Time.
    private static readonly (DateOnly Date, int UtcHour)[] AroundTheChanges =
    [
        .. new (DateOnly Date, int UtcHour)[] { (ClocksForward.AddDays(-1), 14), (ClocksForward, 13), (ClocksBack.AddDays(-1), 13), (ClocksBack, 14) }
            .OrderBy(day => day.Date),
    ];

    // A Sunday in British Summer Time, when 00:00 in the UK is 23:00 UTC the day before.
    private static readonly DateOnly SummerSunday = ClocksForward.AddDays(7);

    // A date and a time in the UK as an iCalendar file writes them beside TZID=Europe/London.
    private static string IcsLocal(DateOnly date, string time) => $"{date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}T{time}";

    private static string Text(IElement? element) =>
        string.Join(' ', (element?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // Sessions on these dates, planned on the plan page and confirmed as a co-lead does it; the
    // page that asked them to check the dates comes back too.
    private async Task<(Community Community, IDocument Check)> PlanAsync(IEnumerable<DateOnly> dates, string start = "14:00", string end = "16:00")
    {
        var (community, _, coLead) = await app.CommunityWithAsync(CommunityRole.CoLead);
        using var checkStep = await coLead.SubmitAsync($"/communities/{community.Slug}/sessions/plan", new Dictionary<string, string>
        {
            ["Input.Name"] = "Through the year",
            ["Input.Rhythm"] = "ExplicitDates",
            ["Input.Dates"] = string.Join('\n', dates.Select(date => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture))),
            ["Input.StartTime"] = start,
            ["Input.EndTime"] = end,
            ["Input.Format"] = "Online",
        });
        var check = await checkStep.ToDocumentAsync();
        using var confirmed = await coLead.SubmitAsync(check.Form("#confirm-plan"));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        return (community, check);
    }

    private static List<(string Date, string Time)> Planned(IDocument check) =>
        check.QuerySelectorAll("#planned tbody tr")
            .Select(row => (Text(row.QuerySelectorAll("td")[0]), Text(row.QuerySelectorAll("td")[1])))
            .ToList();

    private static List<string> UpcomingWhens(IDocument list) =>
        list.QuerySelectorAll("#upcoming tbody tr").Select(row => Text(row.Children[1])).ToList();

    // A session on SummerSunday from 00:00 to 01:00 UK time, stored as the app stores times: in UTC.
    private async Task<(Community Community, Session Session)> MidnightSessionAsync()
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, SummerSunday);
        var (startsAt, endsAt) = (new DateTimeOffset(SummerSunday.AddDays(-1), new TimeOnly(23, 0), TimeSpan.Zero), new DateTimeOffset(SummerSunday, TimeOnly.MinValue, TimeSpan.Zero));
        await app.WithDbAsync(db => db.Sessions.Where(s => s.Id == session.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.StartsAt, startsAt).SetProperty(s => s.EndsAt, endsAt)));
        return (community, session);
    }

    [Fact]
    public async Task Post_PlanAcrossTheNextClockChanges_EachSessionStartsAtTwoPmUkTime()
    {
        var (community, check) = await PlanAsync(AroundTheChanges.Select(day => day.Date));

        Assert.Equal(AroundTheChanges.Select(day => (TestClock.LongDate(day.Date), "14:00 to 16:00")), Planned(check));
        Assert.Equal(
            AroundTheChanges.Select(day => new DateTimeOffset(day.Date, new TimeOnly(day.UtcHour, 0), TimeSpan.Zero)),
            (await app.SessionsOfAsync(community)).Select(s => s.StartsAt));
    }

    [Fact]
    public async Task Get_SessionsAcrossTheNextClockChanges_AreListedAtTwoPmOnEachSide()
    {
        var (community, _) = await PlanAsync(AroundTheChanges.Select(day => day.Date));

        var list = await app.CreateBrowser().GetDocumentAsync($"/communities/{community.Slug}/sessions");

        Assert.Equal(AroundTheChanges.Select(day => $"{TestClock.LongDate(day.Date)}, 14:00 to 16:00"), UpcomingWhens(list));
    }

    [Fact]
    public async Task Get_CalendarAcrossTheNextClockChanges_HasTwoPmLondonTimeOnEachSide()
    {
        var (community, _) = await PlanAsync(AroundTheChanges.Select(day => day.Date));

        var calendar = await app.CreateBrowser().GetCalendarAsync($"/communities/{community.Slug}/calendar.ics");

        Assert.Equal(
            AroundTheChanges.Select(day => (IcsLocal(day.Date, "140000"), IcsLocal(day.Date, "160000"), (string?)"Europe/London")),
            calendar.Events.Select(e => (e.Value("DTSTART"), e.Value("DTEND"), e.Property("DTSTART").Parameter("TZID"))));
    }

    [Fact]
    public async Task Post_PlanOnTheNextLeapDay_PlansASessionThatDay()
    {
        var leapDay = TestClock.NextLeapDay();

        var (community, check) = await PlanAsync([leapDay]);

        Assert.Equal([(TestClock.LongDate(leapDay), "14:00 to 16:00")], Planned(check));
        // February is in GMT: 14:00 in the UK is 14:00 UTC.
        Assert.Equal(new DateTimeOffset(leapDay, new TimeOnly(14, 0), TimeSpan.Zero), Assert.Single(await app.SessionsOfAsync(community)).StartsAt);
    }

    [Fact]
    public async Task Get_ASessionOnTheNextLeapDay_IsListedAndShownOnThatDay()
    {
        var leapDay = TestClock.NextLeapDay();
        var (community, _) = await PlanAsync([leapDay]);
        var browser = app.CreateBrowser();

        var list = await browser.GetDocumentAsync($"/communities/{community.Slug}/sessions");
        var page = await browser.GetDocumentAsync($"/communities/{community.Slug}/sessions/1");

        Assert.Equal([$"{TestClock.LongDate(leapDay)}, 14:00 to 16:00"], UpcomingWhens(list));
        Assert.Equal(TestClock.LongDate(leapDay), Text(page.QuerySelector("#details .nhsuk-summary-list__value")));
    }

    [Fact]
    public async Task Get_ASessionOnTheNextLeapDay_IsInTheCalendarOnThatDay()
    {
        var leapDay = TestClock.NextLeapDay();
        var (community, _) = await PlanAsync([leapDay]);

        var calendar = await app.CreateBrowser().GetCalendarAsync($"/communities/{community.Slug}/calendar.ics");

        Assert.Equal((IcsLocal(leapDay, "140000"), IcsLocal(leapDay, "160000")), (calendar.Events.Single().Value("DTSTART"), calendar.Events.Single().Value("DTEND")));
    }

    [Fact]
    public async Task Post_PlanAtMidnightInSummer_StartsAtElevenTheEveningBeforeInUtc()
    {
        var (community, check) = await PlanAsync([SummerSunday], start: "00:00", end: "01:00");

        Assert.Equal([(TestClock.LongDate(SummerSunday), "00:00 to 01:00")], Planned(check));
        var session = Assert.Single(await app.SessionsOfAsync(community));
        Assert.Equal(
            (new DateTimeOffset(SummerSunday.AddDays(-1), new TimeOnly(23, 0), TimeSpan.Zero), new DateTimeOffset(SummerSunday, TimeOnly.MinValue, TimeSpan.Zero)),
            (session.StartsAt, session.EndsAt));
    }

    [Fact]
    public async Task Get_ASessionAtMidnightInSummer_ShowsItsUkDateOnItsPage()
    {
        var (community, session) = await MidnightSessionAsync();

        var page = await app.CreateBrowser().GetDocumentAsync($"/communities/{community.Slug}/sessions/{session.Number}");

        Assert.Equal(
            [TestClock.LongDate(SummerSunday), "00:00 to 01:00, UK time", "1 hour"],
            page.QuerySelectorAll("#details .nhsuk-summary-list__value").Select(Text).Take(3));
    }

    [Fact]
    public async Task Get_ASessionAtMidnightInSummer_IsOnItsUkDateInItsCalendarFile()
    {
        var (community, session) = await MidnightSessionAsync();

        var calendar = await app.CreateBrowser().GetCalendarAsync($"/communities/{community.Slug}/sessions/{session.Number}/calendar.ics");

        var calendarEvent = calendar.Events.Single();
        Assert.Equal((IcsLocal(SummerSunday, "000000"), IcsLocal(SummerSunday, "010000")), (calendarEvent.Value("DTSTART"), calendarEvent.Value("DTEND")));
        Assert.Equal("Europe/London", calendarEvent.Property("DTSTART").Parameter("TZID"));
    }
}
