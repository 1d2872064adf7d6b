using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Tests.Shared;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Sessions;

[Collection(SharedApps.Sessions)]
public class PlanTests(RoundtableApp app)
{
    // Rhythms are planned from next January, so that every date they make is still to come.
    private static readonly int NextYear = TestClock.Today.Year + 1;

    // The quarterly dates, all next year: January and March in GMT, June and September in British
    // Summer Time.
    private static readonly DateOnly[] QuarterlyDates =
    [
        TestClock.NthWeekday(NextYear, 1, DayOfWeek.Friday, 2),
        TestClock.NthWeekday(NextYear, 3, DayOfWeek.Friday, 1),
        TestClock.NthWeekday(NextYear, 6, DayOfWeek.Friday, 2),
        TestClock.NthWeekday(NextYear, 9, DayOfWeek.Friday, 2),
    ];

    // A date as someone types it in the list of dates: "5/3/2027", "11/06/2027".
    private static string Typed(DateOnly date, string format) => date.ToString(format, CultureInfo.InvariantCulture);

    private static Dictionary<string, string> EveryTwoMonths(string name = "Sessions from next year") => new()
    {
        ["Input.Name"] = name,
        ["Input.Rhythm"] = "EveryFewMonths",
        ["Input.FirstMonth"] = "1",
        ["Input.FirstYear"] = NextYear.ToString(CultureInfo.InvariantCulture),
        ["Input.Interval"] = "2",
        ["Input.Weekday"] = "Friday",
        ["Input.Week"] = "2",
        ["Input.Count"] = "4",
        ["Input.StartTime"] = "14:00",
        ["Input.EndTime"] = "16:00",
        ["Input.Format"] = "Online",
        ["Input.WithPreparation"] = "true",
        ["Input.PreparationStartTime"] = "11:00",
        ["Input.PreparationEndTime"] = "12:00",
    };

    private static Dictionary<string, string> Quarterly() => new()
    {
        ["Input.Name"] = "Quarterly peer support",
        ["Input.Rhythm"] = "ExplicitDates",
        // As a programme is published: in full with its times, day/month/year with and without
        // zeros, and the month in words.
        ["Input.Dates"] = $"{TestClock.LongDate(QuarterlyDates[0])}, 2pm – 4pm\n{Typed(QuarterlyDates[1], "d/M/yyyy")}\n" +
            $"{Typed(QuarterlyDates[2], "dd/MM/yyyy")}\n{TestClock.ShortDate(QuarterlyDates[3])}",
        ["Input.StartTime"] = "2pm",
        ["Input.EndTime"] = "4pm",
        ["Input.Format"] = "Hybrid",
    };

    private static List<(string Kind, string Title, string Date, string Time)> Planned(IDocument page) =>
        page.QuerySelectorAll("#planned tbody tr")
            .Select(row => (row.GetAttribute("data-kind")!, row.QuerySelector("th")!.TextContent.Trim(),
                row.QuerySelectorAll("td")[0].TextContent.Trim(), row.QuerySelectorAll("td")[1].TextContent.Trim()))
            .ToList();

    private async Task<(Community Community, HttpClient CoLead)> CommunityWithTwoSessionsAsync()
    {
        var (community, _, coLead) = await app.CommunityWithAsync(CommunityRole.CoLead);
        await app.CreateSessionAsync(community, app.Today.AddDays(-71));
        await app.CreateSessionAsync(community, app.Today.AddDays(-8));
        await app.CreateSessionAsync(community, app.Today.AddDays(-43), SessionKind.PreparationMeeting);
        return (community, coLead);
    }

    [Fact]
    public async Task Post_EveryTwoMonths_ShowsEachDateToCheckBeforeCreatingAnything()
    {
        var (community, coLead) = await CommunityWithTwoSessionsAsync();

        using var response = await coLead.SubmitAsync($"/communities/{community.Slug}/sessions/plan", EveryTwoMonths());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal("Check the dates", page.Heading());
        // The second Friday of each month from January: sessions in the odd months, preparation
        // meetings between.
        static string SecondFriday(int month) => TestClock.LongDate(TestClock.NthWeekday(NextYear, month, DayOfWeek.Friday, 2));
        Assert.Equal(
            [
                ("Session", "Session 3", SecondFriday(1), "14:00 to 16:00"),
                ("PreparationMeeting", "Preparation meeting 2", SecondFriday(2), "11:00 to 12:00"),
                ("Session", "Session 4", SecondFriday(3), "14:00 to 16:00"),
                ("PreparationMeeting", "Preparation meeting 3", SecondFriday(4), "11:00 to 12:00"),
                ("Session", "Session 5", SecondFriday(5), "14:00 to 16:00"),
                ("PreparationMeeting", "Preparation meeting 4", SecondFriday(6), "11:00 to 12:00"),
                ("Session", "Session 6", SecondFriday(7), "14:00 to 16:00"),
            ],
            Planned(page));
        Assert.Equal(3, (await app.SessionsOfAsync(community)).Count);
    }

    [Fact]
    public async Task Post_Confirm_CreatesTheSeriesNumberedAfterTheExistingSessions()
    {
        var (community, coLead) = await CommunityWithTwoSessionsAsync();
        using var checkStep = await coLead.SubmitAsync($"/communities/{community.Slug}/sessions/plan", EveryTwoMonths());
        var check = await checkStep.ToDocumentAsync();

        using var response = await coLead.SubmitAsync(check.Form("#confirm-plan"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await coLead.FollowAsync(response);
        Assert.Equal("‘Sessions from next year’ is planned: Sessions 3 to 6, and 3 preparation meetings.", list.Notice());
        var created = (await app.SessionsOfAsync(community)).Where(s => s.SeriesId is not null).ToList();
        Assert.Equal([3, 4, 5, 6], created.Where(s => s.Kind == SessionKind.Session).Select(s => s.Number));
        Assert.Equal([2, 3, 4], created.Where(s => s.Kind == SessionKind.PreparationMeeting).Select(s => s.Number));
        Assert.All(created.Where(s => s.Kind == SessionKind.Session), s => Assert.Equal(new TimeOnly(14, 0), UkTimeZone.TimeOf(s.StartsAt)));
        var series = await app.WithDbAsync(db => db.Series.AsNoTracking().SingleAsync(s => s.CommunityId == community.Id));
        Assert.Equal(("Sessions from next year", RhythmKind.EveryFewMonths, 2, DayOfWeek.Friday, 2, true),
            (series.Name, series.Rhythm, series.IntervalMonths!.Value, series.Weekday!.Value, series.WeekOfMonth!.Value, series.WithPreparationMeetings));
    }

    [Fact]
    public async Task Post_ConfirmTwice_CreatesOneSeries()
    {
        var (community, coLead) = await CommunityWithTwoSessionsAsync();
        using var checkStep = await coLead.SubmitAsync($"/communities/{community.Slug}/sessions/plan", EveryTwoMonths());
        var check = await checkStep.ToDocumentAsync();

        using var first = await coLead.SubmitAsync(check.Form("#confirm-plan"));
        using var second = await coLead.SubmitAsync(check.Form("#confirm-plan"));

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal("‘Sessions from next year’ is planned: Sessions 3 to 6, and 3 preparation meetings.", (await coLead.FollowAsync(second)).Notice());
        Assert.Equal(1, await app.WithDbAsync(db => db.Series.CountAsync(s => s.CommunityId == community.Id)));
        Assert.Equal(10, (await app.SessionsOfAsync(community)).Count);
    }

    [Fact]
    public async Task Post_ConfirmTwiceAtOnce_CreatesOneSeries()
    {
        var (community, coLead) = await CommunityWithTwoSessionsAsync();
        using var checkStep = await coLead.SubmitAsync($"/communities/{community.Slug}/sessions/plan", EveryTwoMonths());
        var form = (await checkStep.ToDocumentAsync()).Form("#confirm-plan");

        var responses = await Task.WhenAll(coLead.SubmitAsync(form), coLead.SubmitAsync(form));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(1, await app.WithDbAsync(db => db.Series.CountAsync(s => s.CommunityId == community.Id)));
        Assert.Equal(10, (await app.SessionsOfAsync(community)).Count);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Post_TheQuarterlyDatesAsPublished_CreatesFourSessionsAt2pmUkTime()
    {
        var (community, _, coLead) = await app.CommunityWithAsync(CommunityRole.CoLead);
        using var checkStep = await coLead.SubmitAsync($"/communities/{community.Slug}/sessions/plan", Quarterly());
        var check = await checkStep.ToDocumentAsync();
        Assert.Equal(QuarterlyDates.Select(TestClock.LongDate), Planned(check).Select(p => p.Date));
        Assert.All(Planned(check), p => Assert.Equal("14:00 to 16:00", p.Time));

        using var response = await coLead.SubmitAsync(check.Form("#confirm-plan"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var sessions = await app.SessionsOfAsync(community);
        Assert.Equal([1, 2, 3, 4], sessions.Select(s => s.Number));
        // January and March are in GMT, June and September in British Summer Time.
        Assert.Equal([14, 14, 13, 13], sessions.Select(s => s.StartsAt.UtcDateTime.Hour));
        Assert.All(sessions, s => Assert.Equal(SessionFormat.Hybrid, s.Format));
    }

    [Fact]
    public async Task Post_BulletPointsWithTheirOwnTimes_EachSessionHasItsLinesTimes()
    {
        var (community, _, coLead) = await app.CommunityWithAsync(CommunityRole.CoLead);
        var typed = Quarterly();
        typed["Input.Dates"] = $"- {TestClock.LongDate(QuarterlyDates[0])}, 2pm – 4pm\n" +
            $"• {TestClock.LongDate(QuarterlyDates[1])}, 10:00-12:30\n" +
            $"1. {Typed(QuarterlyDates[2], "dd/MM/yyyy")} 6–8pm";
        typed["Input.StartTime"] = "";
        typed["Input.EndTime"] = "";
        using var checkStep = await coLead.SubmitAsync($"/communities/{community.Slug}/sessions/plan", typed);
        var check = await checkStep.ToDocumentAsync();
        Assert.Equal(["14:00 to 16:00", "10:00 to 12:30", "18:00 to 20:00"], Planned(check).Select(p => p.Time));

        using var response = await coLead.SubmitAsync(check.Form("#confirm-plan"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var sessions = await app.SessionsOfAsync(community);
        Assert.Equal(
            [(new TimeOnly(14, 0), new TimeOnly(16, 0)), (new TimeOnly(10, 0), new TimeOnly(12, 30)), (new TimeOnly(18, 0), new TimeOnly(20, 0))],
            sessions.Select(s => (UkTimeZone.TimeOf(s.StartsAt), UkTimeZone.TimeOf(s.EndsAt))));
    }

    [Fact]
    public async Task Post_ADateWithTimesThatCannotBeRead_SaysSoNotIgnoringThem()
    {
        var (community, _, coLead) = await app.CommunityWithAsync(CommunityRole.CoLead);
        var typed = Quarterly();
        var line = $"- {TestClock.LongDate(QuarterlyDates[0])}, 4pm – 2pm";
        typed["Input.Dates"] = line;

        using var response = await coLead.SubmitAsync($"/communities/{community.Slug}/sessions/plan", typed);

        var page = await response.ToDocumentAsync();
        Assert.StartsWith($"‘{line[..Math.Min(40, line.Length)]}", page.ErrorFor("Input_Dates"), StringComparison.Ordinal);
        Assert.Empty(await app.SessionsOfAsync(community));
    }

    [Fact]
    public async Task Post_ChangeFromTheCheckStep_ShowsTheFormAsTyped()
    {
        var (community, _, coLead) = await app.CommunityWithAsync(CommunityRole.CoLead);
        using var checkStep = await coLead.SubmitAsync($"/communities/{community.Slug}/sessions/plan", Quarterly());
        var form = (await checkStep.ToDocumentAsync()).Form("#confirm-plan");
        form.SetAttribute("action", form.QuerySelector("button[formaction]")!.GetAttribute("formaction"));

        using var response = await coLead.SubmitAsync(form);

        var page = await response.ToDocumentAsync();
        Assert.Equal("Plan sessions", page.Heading());
        Assert.Equal("Quarterly peer support", page.GetElementById("Input_Name")?.GetAttribute("value"));
        Assert.Contains(Typed(QuarterlyDates[1], "d/M/yyyy"), page.GetElementById("Input_Dates")?.TextContent, StringComparison.Ordinal);
        Assert.Empty(await app.SessionsOfAsync(community));
    }

    [Fact]
    public async Task Post_EndBeforeStart_IsRefusedAgainstTheEndTime()
    {
        var (community, _, coLead) = await app.CommunityWithAsync(CommunityRole.CoLead);
        var fields = Quarterly();
        fields["Input.EndTime"] = "13:00";

        using var response = await coLead.SubmitAsync($"/communities/{community.Slug}/sessions/plan", fields);

        var page = await response.ToDocumentAsync();
        Assert.Equal("The end time must be after the start time", page.ErrorFor("Input_EndTime"));
        Assert.Equal(["The end time must be after the start time"], page.ErrorSummary());
        Assert.Null(page.QuerySelector("#planned"));
    }

    [Fact]
    public async Task Post_NoSessions_SaysTheRhythmMakesNoDates()
    {
        var (community, _, coLead) = await app.CommunityWithAsync(CommunityRole.CoLead);
        var fields = EveryTwoMonths();
        fields["Input.Count"] = "0";

        using var response = await coLead.SubmitAsync($"/communities/{community.Slug}/sessions/plan", fields);

        var page = await response.ToDocumentAsync();
        Assert.Equal("The number of sessions must be between 1 and 24", page.ErrorFor("Input_Count"));
        Assert.Equal("0", page.GetElementById("Input_Count")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Post_NoDatesListed_AsksForOne()
    {
        var (community, _, coLead) = await app.CommunityWithAsync(CommunityRole.CoLead);
        var fields = Quarterly();
        fields["Input.Dates"] = "  \n ";

        using var response = await coLead.SubmitAsync($"/communities/{community.Slug}/sessions/plan", fields);

        Assert.Equal("Enter at least one date", (await response.ToDocumentAsync()).ErrorFor("Input_Dates"));
    }

    [Fact]
    public async Task Post_ADateTwiceAndALineThatIsNotADate_SaysWhatIsWrong()
    {
        var (community, _, coLead) = await app.CommunityWithAsync(CommunityRole.CoLead);
        var fields = Quarterly();
        var date = QuarterlyDates[1];
        fields["Input.Dates"] = $"{Typed(date, "d/M/yyyy")}\nsoon";

        using var wrongLine = await coLead.SubmitAsync($"/communities/{community.Slug}/sessions/plan", fields);
        fields["Input.Dates"] = $"{Typed(date, "d/M/yyyy")}\n{Typed(date, "dd/MM/yyyy")}";
        using var repeated = await coLead.SubmitAsync($"/communities/{community.Slug}/sessions/plan", fields);

        Assert.Equal("‘soon’ is not a date: write each date as day/month/year, like 26/06/2026",
            (await wrongLine.ToDocumentAsync()).ErrorFor("Input_Dates"));
        Assert.Equal($"{TestClock.LongDate(date)} is listed more than once: a date can have one session",
            (await repeated.ToDocumentAsync()).ErrorFor("Input_Dates"));
    }

    [Fact]
    public async Task Post_NothingChosen_SaysWhatIsMissingInFormOrder()
    {
        var (community, _, coLead) = await app.CommunityWithAsync(CommunityRole.CoLead);

        using var response = await coLead.SubmitAsync($"/communities/{community.Slug}/sessions/plan", new Dictionary<string, string>
        {
            ["Input.StartTime"] = "half two",
        });

        var page = await response.ToDocumentAsync();
        Assert.Equal(
            ["Enter a name for the series", "Choose how the dates are set", "Enter a real time, like 14:00 or 2pm",
             "Choose whether sessions are online, in person or both"],
            page.ErrorSummary());
        Assert.Equal("half two", page.GetElementById("Input_StartTime")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Post_MonthlyWithPreparationMeetings_SaysThereIsNoMonthBetween()
    {
        var (community, _, coLead) = await app.CommunityWithAsync(CommunityRole.CoLead);
        var fields = EveryTwoMonths();
        fields["Input.Interval"] = "1";

        using var response = await coLead.SubmitAsync($"/communities/{community.Slug}/sessions/plan", fields);

        Assert.StartsWith("Sessions every month leave no month between them", (await response.ToDocumentAsync()).ErrorFor("Input_Interval"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_DatesAlreadyPast_AreAllowedWithAWarning()
    {
        var (community, _, coLead) = await app.CommunityWithAsync(CommunityRole.CoLead);
        var fields = Quarterly();
        fields["Input.Dates"] = $"{Typed(app.Today.AddDays(-64), "dd/MM/yyyy")}\n{Typed(app.Today.AddDays(20), "dd/MM/yyyy")}";

        using var response = await coLead.SubmitAsync($"/communities/{community.Slug}/sessions/plan", fields);

        var page = await response.ToDocumentAsync();
        Assert.Contains("1 date is already past", page.GetElementById("plan-warning")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, Planned(page).Count);
    }

    [Fact]
    public async Task Get_List_AsACoLead_OffersToPlanSessions()
    {
        var (community, _, coLead) = await app.CommunityWithAsync(CommunityRole.CoLead);
        var person = await app.CreatePersonAsync("A Facilitator");
        await app.JoinAsync(community, person, CommunityRole.Facilitator);
        var facilitator = await app.BrowserForAsync(person);

        var page = await coLead.GetDocumentAsync($"/communities/{community.Slug}/sessions");
        var other = await facilitator.GetDocumentAsync($"/communities/{community.Slug}/sessions");

        Assert.NotNull(page.QuerySelector($"a[href='/communities/{community.Slug}/sessions/plan']"));
        Assert.Null(other.QuerySelector($"a[href='/communities/{community.Slug}/sessions/plan']"));
    }
}
