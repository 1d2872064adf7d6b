using System.Globalization;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Sessions;

// Start and end as people in the UK read them, the same on every date of a series.
public sealed record MeetingTimes(TimeOnly Start, TimeOnly End);

// One meeting a rhythm makes: its UK date, and its start and end in UTC worked out for that date.
public sealed record PlannedMeeting(SessionKind Kind, DateOnly Date, DateTimeOffset StartsAt, DateTimeOffset EndsAt);

// Which part of the plan a problem is about, so a form can show it against the right field.
public enum RhythmField
{
    FirstMonth,
    Interval,
    Weekday,
    WeekOfMonth,
    Count,
    Dates,
    EndTime,
    PreparationEndTime,
}

public sealed record RhythmProblem(RhythmField Field, string Message);

// What a rhythm makes: sessions and preparation meetings in date order, or the problems that stop
// it; and warnings that do not (dates already past).
public sealed record RhythmPlan(IReadOnlyList<PlannedMeeting> Meetings, IReadOnlyList<RhythmProblem> Problems, IReadOnlyList<string> Warnings)
{
    public bool IsValid => Problems.Count == 0;

    public IEnumerable<PlannedMeeting> Sessions => Meetings.Where(m => m.Kind == SessionKind.Session);

    public IEnumerable<PlannedMeeting> PreparationMeetings => Meetings.Where(m => m.Kind == SessionKind.PreparationMeeting);
}

// The dates a series meets on. Pure: the same answer for the same question, and "today" is given.
// A session "at 14:00" is at 14:00 UK time on its own date, in GMT or BST as that date falls.
// Dates already past are allowed, with a warning: a community often starts recording a series
// part-way through (sessions 1 and 2 were held before it used Roundtable), and attendance for those
// sessions can only be kept if they exist.
public static class Rhythm
{
    public const int LastWeek = -1;
    public const int MaxMeetings = 24;
    public const int MaxIntervalMonths = 12;

    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    // Every N months on a pattern: the second Friday, every two months, 6 times, from June 2026.
    public static RhythmPlan EveryFewMonths(
        int firstYear, int firstMonth, int intervalMonths, DayOfWeek weekday, int weekOfMonth, int count,
        MeetingTimes times, MeetingTimes? preparation, DateOnly today)
    {
        var problems = new List<RhythmProblem>();
        if (firstYear is < 2000 or > 2100 || firstMonth is < 1 or > 12)
        {
            problems.Add(new(RhythmField.FirstMonth, "The first month must be a real month, like 6 2026"));
        }

        if (intervalMonths is < 1 or > MaxIntervalMonths)
        {
            problems.Add(new(RhythmField.Interval, $"Sessions must be between 1 and {MaxIntervalMonths} months apart"));
        }
        else if (intervalMonths == 1 && preparation is not null)
        {
            problems.Add(new(RhythmField.Interval,
                "Sessions every month leave no month between them for preparation meetings: choose 2 months or more, or plan without preparation meetings"));
        }

        if (!Enum.IsDefined(weekday))
        {
            problems.Add(new(RhythmField.Weekday, "Choose the day of the week"));
        }

        if (weekOfMonth is not (1 or 2 or 3 or 4 or LastWeek))
        {
            problems.Add(new(RhythmField.WeekOfMonth, "Choose which week of the month"));
        }

        if (count < 1)
        {
            problems.Add(new(RhythmField.Count, "The rhythm makes no dates: a series needs at least 1 session"));
        }
        else if (count > MaxMeetings)
        {
            problems.Add(new(RhythmField.Count, $"A series can have up to {MaxMeetings} sessions"));
        }

        if (problems.Count > 0)
        {
            return Refused(problems, times, preparation);
        }

        var first = new DateOnly(firstYear, firstMonth, 1);
        var dates = Enumerable.Range(0, count)
            .Select(i => first.AddMonths(i * intervalMonths))
            .Select(month => DayInMonth(month.Year, month.Month, weekday, weekOfMonth))
            .ToList();
        return Plan(dates, _ => (weekday, weekOfMonth), RhythmField.Interval, times, preparation, today, problems);
    }

    // A list of dates, as a quarterly programme is often published. One session per date, at the
    // times its own line gave (timesOn) or else the series' times.
    public static RhythmPlan ExplicitDates(
        IReadOnlyList<DateOnly> dates, MeetingTimes times, MeetingTimes? preparation, DateOnly today,
        IReadOnlyDictionary<DateOnly, MeetingTimes>? timesOn = null)
    {
        var problems = new List<RhythmProblem>();
        if (dates.Count == 0)
        {
            problems.Add(new(RhythmField.Dates, "Enter at least one date"));
        }
        else if (dates.Distinct().Count() > MaxMeetings)
        {
            problems.Add(new(RhythmField.Dates, $"A series can have up to {MaxMeetings} sessions"));
        }

        foreach (var repeated in dates.GroupBy(d => d).Where(g => g.Count() > 1).Select(g => g.Key).Order())
        {
            problems.Add(new(RhythmField.Dates, $"{Describe(repeated)} is listed more than once: a date can have one session"));
        }

        if (problems.Count > 0)
        {
            return Refused(problems, times, preparation);
        }

        // Each preparation meeting keeps its own session's pattern: the third Friday before a
        // session on the third Friday.
        return Plan(dates.Order().ToList(), date => (date.DayOfWeek, WeekOf(date)), RhythmField.Dates, times, preparation, today, problems, timesOn);
    }

    // The given weekday in the given week of a month (1 to 4), or the last one (-1).
    public static DateOnly DayInMonth(int year, int month, DayOfWeek weekday, int weekOfMonth)
    {
        if (weekOfMonth == LastWeek)
        {
            var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            return last.AddDays(-(((int)last.DayOfWeek - (int)weekday + 7) % 7));
        }

        if (weekOfMonth is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(weekOfMonth), weekOfMonth, "A week of the month is 1 to 4, or -1 for the last.");
        }

        var first = new DateOnly(year, month, 1);
        return first.AddDays((((int)weekday - (int)first.DayOfWeek + 7) % 7) + ((weekOfMonth - 1) * 7));
    }

    // Which one of its weekday in the month a date is; a fifth one is the last.
    public static int WeekOf(DateOnly date) => date.Day > 28 ? LastWeek : ((date.Day - 1) / 7) + 1;

    public static string Describe(DateOnly date) => date.ToString("dddd d MMMM yyyy", British);

    private static RhythmPlan Plan(
        List<DateOnly> dates, Func<DateOnly, (DayOfWeek Weekday, int Week)> patternOf, RhythmField tooCloseField,
        MeetingTimes times, MeetingTimes? preparation, DateOnly today, List<RhythmProblem> problems,
        IReadOnlyDictionary<DateOnly, MeetingTimes>? timesOn = null)
    {
        CheckTimes(times, preparation, problems);
        var meetings = dates.Select(date => Meeting(SessionKind.Session, date, timesOn?.GetValueOrDefault(date) ?? times)).ToList();
        if (preparation is not null)
        {
            // In the month before each session but the first: the month between two sessions.
            for (var i = 1; i < dates.Count; i++)
            {
                if (MonthsBetween(dates[i - 1], dates[i]) < 2)
                {
                    problems.Add(new(tooCloseField,
                        $"There is no month between the sessions on {Describe(dates[i - 1])} and {Describe(dates[i])} for a preparation meeting"));
                    continue;
                }

                var month = dates[i].AddMonths(-1);
                var (weekday, week) = patternOf(dates[i]);
                meetings.Add(Meeting(SessionKind.PreparationMeeting, DayInMonth(month.Year, month.Month, weekday, week), preparation));
            }
        }

        if (problems.Count > 0)
        {
            return new RhythmPlan([], problems, []);
        }

        var warnings = new List<string>();
        var past = meetings.Count(m => m.Date < today);
        if (past > 0)
        {
            warnings.Add(past == 1
                ? "1 date is already past. It will be added as a meeting that has happened, so its attendance can be recorded."
                : $"{past} dates are already past. They will be added as meetings that have happened, so their attendance can be recorded.");
        }

        return new RhythmPlan(meetings.OrderBy(m => m.StartsAt).ThenBy(m => m.Kind).ToList(), [], warnings);
    }

    private static RhythmPlan Refused(List<RhythmProblem> problems, MeetingTimes times, MeetingTimes? preparation)
    {
        CheckTimes(times, preparation, problems);
        return new RhythmPlan([], problems, []);
    }

    private static void CheckTimes(MeetingTimes times, MeetingTimes? preparation, List<RhythmProblem> problems)
    {
        if (times.End <= times.Start)
        {
            problems.Add(new(RhythmField.EndTime, "The end time must be after the start time"));
        }

        if (preparation is not null && preparation.End <= preparation.Start)
        {
            problems.Add(new(RhythmField.PreparationEndTime, "The preparation meetings' end time must be after their start time"));
        }
    }

    private static int MonthsBetween(DateOnly earlier, DateOnly later) =>
        ((later.Year - earlier.Year) * 12) + later.Month - earlier.Month;

    private static PlannedMeeting Meeting(SessionKind kind, DateOnly date, MeetingTimes times) =>
        new(kind, date, UkTimeZone.ToUtc(date, times.Start), UkTimeZone.ToUtc(date, times.End));
}
