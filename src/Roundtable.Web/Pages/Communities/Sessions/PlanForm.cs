using Microsoft.AspNetCore.Mvc.ModelBinding;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Web.Pages.Shared;

namespace Roundtable.Web.Pages.Communities.Sessions;

// The series form: a name, a rhythm (a pattern, or a list of dates), times and a format.
public sealed class PlanForm
{
    // The new series' id, chosen when the form is shown, so confirming twice makes one series.
    public Guid Key { get; set; }

    public string? Name { get; set; }

    public RhythmKind? Rhythm { get; set; }

    public string? FirstMonth { get; set; }

    public string? FirstYear { get; set; }

    public string? Interval { get; set; }

    public DayOfWeek? Weekday { get; set; }

    public int? Week { get; set; }

    public string? Count { get; set; }

    public string? Dates { get; set; }

    public string? StartTime { get; set; }

    public string? EndTime { get; set; }

    public SessionFormat? Format { get; set; }

    public bool WithPreparation { get; set; }

    public string? PreparationStartTime { get; set; }

    public string? PreparationEndTime { get; set; }

    public static PlanForm Blank() => new()
    {
        Key = Guid.CreateVersion7(),
        Interval = "2",
        StartTime = "14:00",
        EndTime = "16:00",
        PreparationStartTime = "14:00",
        PreparationEndTime = "15:00",
    };

    private static readonly Dictionary<RhythmField, string> Fields = new()
    {
        [RhythmField.FirstMonth] = "Input.FirstMonth",
        [RhythmField.Interval] = "Input.Interval",
        [RhythmField.Weekday] = "Input.Weekday",
        [RhythmField.WeekOfMonth] = "Input.Week",
        [RhythmField.Count] = "Input.Count",
        [RhythmField.Dates] = "Input.Dates",
        [RhythmField.EndTime] = "Input.EndTime",
        [RhythmField.PreparationEndTime] = "Input.PreparationEndTime",
    };

    // The series and the dates it makes, or null after recording every problem against its field.
    public (SeriesRequest Request, RhythmPlan Plan)? Read(ModelStateDictionary state, DateOnly today)
    {
        var name = state.Required("Input.Name", Name, "Enter a name for the series", "Name", Series.NameMaxLength);
        var rhythm = state.Chosen("Input.Rhythm", Rhythm, "Choose how the dates are set");
        var pattern = rhythm == RhythmKind.EveryFewMonths ? ReadPattern(state) : null;
        var dates = rhythm == RhythmKind.ExplicitDates ? ReadDates(state) : null;
        var start = state.Time("Input.StartTime", StartTime, "Enter the time sessions start, like 14:00");
        var end = state.Time("Input.EndTime", EndTime, "Enter the time sessions end, like 16:00");
        var format = state.Chosen("Input.Format", Format, "Choose whether sessions are online, in person or both");
        TimeOnly? preparationStart = null, preparationEnd = null;
        if (WithPreparation)
        {
            preparationStart = state.Time("Input.PreparationStartTime", PreparationStartTime, "Enter the time preparation meetings start, like 14:00");
            preparationEnd = state.Time("Input.PreparationEndTime", PreparationEndTime, "Enter the time preparation meetings end, like 15:00");
        }

        if (!state.IsValid)
        {
            return null;
        }

        var times = new MeetingTimes(start!.Value, end!.Value);
        var preparation = WithPreparation ? new MeetingTimes(preparationStart!.Value, preparationEnd!.Value) : null;
        var plan = pattern is { } p
            ? Core.Sessions.Rhythm.EveryFewMonths(p.Year, p.Month, p.Interval, p.Weekday, p.Week, p.Count, times, preparation, today)
            : Core.Sessions.Rhythm.ExplicitDates(dates!, times, preparation, today);
        foreach (var problem in plan.Problems)
        {
            state.AddModelError(Fields[problem.Field], problem.Message);
        }

        if (!plan.IsValid)
        {
            return null;
        }

        var request = new SeriesRequest(name!, rhythm!.Value, pattern?.Interval, pattern?.Weekday, pattern?.Week, times, preparation, format!.Value);
        return (request, plan);
    }

    private (int Year, int Month, int Interval, DayOfWeek Weekday, int Week, int Count)? ReadPattern(ModelStateDictionary state)
    {
        var month = state.WholeNumber("Input.FirstMonth", FirstMonth, "Enter the month of the first session", "The month", 1, 12);
        var year = month is null ? null : state.WholeNumber("Input.FirstYear", FirstYear, "Enter the year of the first session", "The year", 2000, 2100);
        var interval = state.WholeNumber("Input.Interval", Interval, "Enter how many months apart sessions are", "Months apart",
            1, Core.Sessions.Rhythm.MaxIntervalMonths);
        var weekday = state.Chosen("Input.Weekday", Weekday, "Choose the day of the week");
        if (Week is not (1 or 2 or 3 or 4 or Core.Sessions.Rhythm.LastWeek))
        {
            state.AddModelError("Input.Week", "Choose which week of the month");
        }

        var count = state.WholeNumber("Input.Count", Count, "Enter how many sessions there are", "The number of sessions", 1, Core.Sessions.Rhythm.MaxMeetings);
        return month is null || year is null || interval is null || weekday is null || count is null || !state.IsValid
            ? null
            : (year.Value, month.Value, interval.Value, weekday.Value, Week!.Value, count.Value);
    }

    private List<DateOnly>? ReadDates(ModelStateDictionary state)
    {
        var list = TypedDates.ParseDates(Dates);
        if (list.Problem is { } problem)
        {
            state.AddModelError("Input.Dates", problem);
            return null;
        }

        if (list.Dates.Count == 0)
        {
            state.AddModelError("Input.Dates", "Enter at least one date");
            return null;
        }

        return list.Dates.ToList();
    }
}
