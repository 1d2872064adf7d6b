using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Tests.Shared;
using Roundtable.Web.Tests.Api;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Sessions;

namespace Roundtable.Web.Tests.Doors;

// The same bad plan sent through both doors, the plan page (its form posted as a browser posts it,
// to check the dates and to confirm them) and the series API (as JSON), is refused by each with the
// same words against the same field, and plans nothing.
[Collection(SharedApps.Doors)]
public class PlanningDoorsTests(RoundtableApp app)
{
    // Planned from next year, so that every date is still to come.
    private static readonly int NextYear = TestClock.Today.Year + 1;
    private static readonly DateOnly January = TestClock.NthWeekday(NextYear, 1, DayOfWeek.Friday, 2);
    private static readonly DateOnly February = TestClock.NthWeekday(NextYear, 2, DayOfWeek.Friday, 2);
    private static readonly DateOnly April = TestClock.NthWeekday(NextYear, 4, DayOfWeek.Friday, 2);

    // A plan as both doors can carry it: numbers as numbers, dates as dates, times as typed.
    public sealed record Plan(
        string? Name, string? Rhythm, int? FirstMonth, int? FirstYear, int? IntervalMonths, string? Weekday, int? WeekOfMonth, int? Count,
        DateOnly[]? Dates, string? StartTime, string? EndTime, string? Format,
        bool WithPreparationMeetings = false, string? PreparationStartTime = null, string? PreparationEndTime = null);

    // The second Friday every two months from January, four times; and two dates, as listed.
    private static readonly Plan Pattern = new("Sessions from next year", "EveryFewMonths", 1, NextYear, 2, "Friday", 2, 4, null, "14:00", "16:00", "Online");
    private static readonly Plan Listed = new("Quarterly peer support", "ExplicitDates", null, null, null, null, null, null, [January, April], "2pm", "4pm", "Hybrid");

    // Field: the plan's field the problem is against (SeriesPlan's name for it).
    public sealed record Row(Plan Plan, string Field, string Message);

    private static readonly Dictionary<string, Row> Table = new()
    {
        ["no name"] = new(Pattern with { Name = "" }, "Name", "Enter a name for the series"),
        ["a name too long"] = new(Pattern with { Name = new string('n', 121) }, "Name", "Name must be 120 characters or fewer (you have 121)"),
        ["no way of setting the dates"] = new(Pattern with { Rhythm = null }, "Rhythm", "Choose how the dates are set"),
        ["end before start"] = new(Pattern with { StartTime = "16:00", EndTime = "14:00" }, "EndTime", "The end time must be after the start time"),
        ["end as start"] = new(Listed with { EndTime = "2pm" }, "EndTime", "The end time must be after the start time"),
        ["a time that is not a time"] = new(Pattern with { StartTime = "half two" }, "StartTime", "Enter a real time, like 14:00 or 2pm"),
        ["no end time"] = new(Pattern with { EndTime = "" }, "EndTime", "Enter the time sessions end, like 16:00"),
        ["no format"] = new(Pattern with { Format = null }, "Format", "Choose whether sessions are online, in person or both"),
        ["a rhythm that makes no dates"] = new(Pattern with { Count = 0 }, "Count", "The number of sessions must be between 1 and 24"),
        ["too many sessions"] = new(Pattern with { Count = 25 }, "Count", "The number of sessions must be between 1 and 24"),
        ["no number of sessions"] = new(Pattern with { Count = null }, "Count", "Enter how many sessions there are"),
        ["a month that is not a month"] = new(Pattern with { FirstMonth = 13 }, "FirstMonth", "The month must be between 1 and 12"),
        ["a year out of range"] = new(Pattern with { FirstYear = 1999 }, "FirstYear", "The year must be between 2000 and 2100"),
        ["sessions too far apart"] = new(Pattern with { IntervalMonths = 13 }, "IntervalMonths", "Months apart must be between 1 and 12"),
        ["no day of the week"] = new(Pattern with { Weekday = null }, "Weekday", "Choose the day of the week"),
        ["a fifth week"] = new(Pattern with { WeekOfMonth = 5 }, "WeekOfMonth", "Choose which week of the month"),
        ["monthly with preparation meetings"] = new(
            Pattern with { IntervalMonths = 1, WithPreparationMeetings = true, PreparationStartTime = "11:00", PreparationEndTime = "12:00" },
            "IntervalMonths",
            "Sessions every month leave no month between them for preparation meetings: choose 2 months or more, or plan without preparation meetings"),
        ["preparation ending before it starts"] = new(
            Pattern with { WithPreparationMeetings = true, PreparationStartTime = "12:00", PreparationEndTime = "11:00" },
            "PreparationEndTime", "The preparation meetings' end time must be after their start time"),
        ["no dates listed"] = new(Listed with { Dates = [] }, "Dates", "Enter at least one date"),
        ["a date listed twice"] = new(
            Listed with { Dates = [January, April, January] }, "Dates", $"{TestClock.LongDate(January)} is listed more than once: a date can have one session"),
        ["listed dates with no month between for preparation"] = new(
            Listed with { Dates = [January, February], WithPreparationMeetings = true, PreparationStartTime = "11:00", PreparationEndTime = "12:00" },
            "Dates",
            $"There is no month between the sessions on {TestClock.LongDate(January)} and {TestClock.LongDate(February)} for a preparation meeting"),
    };

    public static TheoryData<string> Cases() => new(Table.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Post_BadPlan_BothDoorsRefuseItWithTheSameWordsAndPlanNothing(string @case)
    {
        var (plan, field, message) = Table[@case];
        var (community, coLead, browser) = await app.CommunityWithAsync(CommunityRole.CoLead);
        var api = await app.ApiClientForAsync(coLead);
        var path = $"/communities/{community.Slug}/sessions/plan";

        using var checking = await browser.SubmitAsync(path, Form(plan), "#plan-form");
        using var confirming = await browser.PostWithTokenAsync($"{path}?handler=Confirm", Form(plan).Append((Name: "Input.Key", Value: (string?)Guid.NewGuid().ToString()))
            .Where(f => f.Value is not null).Select(f => new KeyValuePair<string, string>(f.Name, f.Value!)));
        var (response, problem) = await api.PostJsonAsync($"/api/v1/communities/{community.Slug}/series", Json(plan));

        await TwoDoors.PageSaysAsync(checking, BoxOf(field), message);
        await TwoDoors.PageSaysAsync(confirming, BoxOf(field), message);
        TwoDoors.ApiSays(response, problem, TwoDoors.Camel(field), message);
        Assert.Empty(await app.SessionsOfAsync(community));
        Assert.Equal(0, await app.WithDbAsync(db => db.Series.CountAsync(s => s.CommunityId == community.Id)));
    }

    // Where the plan page shows a problem with a field: the month and year of the first session
    // share one message.
    private static string BoxOf(string field) => field switch
    {
        "IntervalMonths" => "Input_Interval",
        "WeekOfMonth" => "Input_Week",
        "FirstYear" => "Input_FirstMonth",
        _ => $"Input_{field}",
    };

    // The plan as typed into the plan page: numbers and dates as text, a radio left unchosen and a
    // box left unticked sending nothing.
    private static List<(string Name, string? Value)> Form(Plan plan) =>
    [
        ("Input.Name", plan.Name ?? ""),
        ("Input.Rhythm", plan.Rhythm),
        ("Input.FirstMonth", Text(plan.FirstMonth)),
        ("Input.FirstYear", Text(plan.FirstYear)),
        ("Input.Interval", Text(plan.IntervalMonths)),
        ("Input.Weekday", plan.Weekday),
        ("Input.Week", plan.WeekOfMonth?.ToString(CultureInfo.InvariantCulture)),
        ("Input.Count", Text(plan.Count)),
        ("Input.Dates", string.Join('\n', (plan.Dates ?? []).Select(d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)))),
        ("Input.StartTime", plan.StartTime ?? ""),
        ("Input.EndTime", plan.EndTime ?? ""),
        ("Input.Format", plan.Format),
        ("Input.WithPreparation", plan.WithPreparationMeetings ? "true" : null),
        ("Input.PreparationStartTime", plan.PreparationStartTime ?? ""),
        ("Input.PreparationEndTime", plan.PreparationEndTime ?? ""),
    ];

    private static string Text(int? number) => number?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static Dictionary<string, object?> Json(Plan plan) => new()
    {
        ["name"] = plan.Name,
        ["rhythm"] = plan.Rhythm,
        ["firstMonth"] = plan.FirstMonth,
        ["firstYear"] = plan.FirstYear,
        ["intervalMonths"] = plan.IntervalMonths,
        ["weekday"] = plan.Weekday,
        ["weekOfMonth"] = plan.WeekOfMonth,
        ["count"] = plan.Count,
        ["dates"] = plan.Dates?.Select(TestClock.Iso).ToArray(),
        ["startTime"] = plan.StartTime,
        ["endTime"] = plan.EndTime,
        ["format"] = plan.Format,
        ["withPreparationMeetings"] = plan.WithPreparationMeetings,
        ["preparationStartTime"] = plan.PreparationStartTime,
        ["preparationEndTime"] = plan.PreparationEndTime,
    };
}
