using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Sessions;

// What is saved of a checked plan: the series' name, rhythm, times and format.
public sealed record SeriesDetails(
    string Name,
    RhythmKind Rhythm,
    int? IntervalMonths,
    DayOfWeek? Weekday,
    int? WeekOfMonth,
    MeetingTimes Times,
    MeetingTimes? Preparation,
    SessionFormat Format);

// A series as a co-lead asks for it: a name, a rhythm (every few months on a pattern, or a list of
// dates), times as typed ("14:00", "2pm"), a format, and whether the lived-expert group meets in
// the months between. Dates are one a line, as typed or copied from a published programme
// ("- Friday 26 June 2026, 2pm – 4pm"); a line's own times are that session's. Key becomes the series' id, so asking twice plans once;
// without one, a new one is chosen.
public sealed record SeriesPlan(
    Guid? Key,
    string? Name,
    RhythmKind? Rhythm,
    int? FirstMonth,
    int? FirstYear,
    int? IntervalMonths,
    DayOfWeek? Weekday,
    int? WeekOfMonth,
    int? Count,
    string? Dates,
    string? StartTime,
    string? EndTime,
    SessionFormat? Format,
    bool WithPreparationMeetings,
    string? PreparationStartTime,
    string? PreparationEndTime)
{
    // Which of this plan's fields each of Rhythm's problems is about.
    private static readonly Dictionary<RhythmField, string> RhythmFields = new()
    {
        [RhythmField.FirstMonth] = nameof(FirstMonth),
        [RhythmField.Interval] = nameof(IntervalMonths),
        [RhythmField.Weekday] = nameof(Weekday),
        [RhythmField.WeekOfMonth] = nameof(WeekOfMonth),
        [RhythmField.Count] = nameof(Count),
        [RhythmField.Dates] = nameof(Dates),
        [RhythmField.EndTime] = nameof(EndTime),
        [RhythmField.PreparationEndTime] = nameof(PreparationEndTime),
    };

    // The series and the dates it makes, or null with every problem noted against its field. The
    // rhythm is only worked out once everything it needs is right.
    public (SeriesDetails Details, RhythmPlan Dates)? Read(Problems problems, DateOnly today)
    {
        var name = problems.Required(nameof(Name), Name, "Enter a name for the series", "Name", Series.NameMaxLength);
        var rhythm = problems.Chosen(nameof(Rhythm), Rhythm, "Choose how the dates are set");
        var pattern = rhythm == RhythmKind.EveryFewMonths ? ReadPattern(problems) : null;
        var dates = rhythm == RhythmKind.ExplicitDates ? ReadDates(problems) : null;
        // Dates pasted with their own times need no times of the series' as well.
        var times = dates is { EveryDateTimed: true } && string.IsNullOrWhiteSpace(StartTime) && string.IsNullOrWhiteSpace(EndTime)
            ? dates.TimesOn[dates.Dates[0]]
            : ReadTimes(
                problems, nameof(StartTime), StartTime, nameof(EndTime), EndTime,
                "Enter the time sessions start, like 14:00", "Enter the time sessions end, like 16:00", "The end time must be after the start time");
        var format = problems.Chosen(nameof(Format), Format, "Choose whether sessions are online, in person or both");
        var preparation = WithPreparationMeetings
            ? ReadTimes(
                problems, nameof(PreparationStartTime), PreparationStartTime, nameof(PreparationEndTime), PreparationEndTime,
                "Enter the time preparation meetings start, like 14:00", "Enter the time preparation meetings end, like 15:00",
                "The preparation meetings' end time must be after their start time")
            : null;
        if (problems.Any)
        {
            return null;
        }

        var made = pattern is { } p
            ? Sessions.Rhythm.EveryFewMonths(p.Year, p.Month, p.Interval, p.Weekday, p.Week, p.Count, times!, preparation, today)
            : Sessions.Rhythm.ExplicitDates(dates!.Dates, times!, preparation, today, dates.TimesOn);
        foreach (var problem in made.Problems)
        {
            problems.Add(RhythmFields[problem.Field], problem.Message);
        }

        if (!made.IsValid)
        {
            return null;
        }

        var details = new SeriesDetails(name!, rhythm!.Value, pattern?.Interval, pattern?.Weekday, pattern?.Week, times!, preparation, format!.Value);
        return (details, made);
    }

    private (int Year, int Month, int Interval, DayOfWeek Weekday, int Week, int Count)? ReadPattern(Problems problems)
    {
        var month = problems.InRange(nameof(FirstMonth), FirstMonth, "Enter the month of the first session", "The month", 1, 12);
        // Until the month is right, the year is not asked about: "6 2026" is read as one answer.
        var year = month is null ? null : problems.InRange(nameof(FirstYear), FirstYear, "Enter the year of the first session", "The year", 2000, 2100);
        var interval = problems.InRange(
            nameof(IntervalMonths), IntervalMonths, "Enter how many months apart sessions are", "Months apart", 1, Sessions.Rhythm.MaxIntervalMonths);
        var weekday = problems.Chosen(nameof(Weekday), Weekday, "Choose the day of the week");
        if (WeekOfMonth is not (1 or 2 or 3 or 4 or Sessions.Rhythm.LastWeek))
        {
            problems.Add(nameof(WeekOfMonth), "Choose which week of the month");
        }

        var count = problems.InRange(nameof(Count), Count, "Enter how many sessions there are", "The number of sessions", 1, Sessions.Rhythm.MaxMeetings);
        return month is null || year is null || interval is null || weekday is null || count is null || problems.About(nameof(WeekOfMonth))
            ? null
            : (year.Value, month.Value, interval.Value, weekday.Value, WeekOfMonth!.Value, count.Value);
    }

    private TypedDates.DateList? ReadDates(Problems problems)
    {
        var list = TypedDates.ParseDates(Dates);
        if (list.Problem is { } problem)
        {
            problems.Add(nameof(Dates), problem);
            return null;
        }

        if (list.Dates.Count == 0)
        {
            problems.Add(nameof(Dates), "Enter at least one date");
            return null;
        }

        return list;
    }

    private static MeetingTimes? ReadTimes(
        Problems problems, string startField, string? startText, string endField, string? endText, string noStart, string noEnd, string endFirst)
    {
        var start = problems.Time(startField, startText, noStart);
        var end = problems.Time(endField, endText, noEnd);
        if (start is null || end is null)
        {
            return null;
        }

        if (end <= start)
        {
            problems.Add(endField, endFirst);
            return null;
        }

        return new MeetingTimes(start.Value, end.Value);
    }
}
