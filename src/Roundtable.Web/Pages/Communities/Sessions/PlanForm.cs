using Microsoft.AspNetCore.Mvc.ModelBinding;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;

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

    // The form's boxes that the plan names differently.
    private static readonly Dictionary<string, string> Boxes = new(StringComparer.Ordinal)
    {
        [nameof(SeriesPlan.IntervalMonths)] = nameof(Interval),
        [nameof(SeriesPlan.WeekOfMonth)] = nameof(Week),
    };

    // The plan as typed, for SeriesPlanner to check. Only the pattern's numbers are read here, and
    // only for a pattern: a box that does not hold a whole number is said against it. Everything
    // else is Core's to judge.
    public SeriesPlan Read(ModelStateDictionary state)
    {
        if (Rhythm != RhythmKind.EveryFewMonths)
        {
            return Plan(null, null, null, null);
        }

        var month = state.Number("Input.FirstMonth", FirstMonth, "The month", 2);
        // The month and year are one answer, "6 2026": the year is looked at once the month is read.
        var year = state.GetFieldValidationState("Input.FirstMonth") == ModelValidationState.Invalid
            ? null
            : state.Number("Input.FirstYear", FirstYear, "The year", 2000);
        return Plan(month, year, state.Number("Input.Interval", Interval, "Months apart", 2), state.Number("Input.Count", Count, "The number of sessions", 2));
    }

    private SeriesPlan Plan(int? month, int? year, int? interval, int? count) => new(
        Key, Name, Rhythm, month, year, interval, Weekday, Week, count, Dates, StartTime, EndTime, Format,
        WithPreparation, PreparationStartTime, PreparationEndTime);

    // Where on the form a problem with the plan is shown: "Input.Interval" for IntervalMonths; and
    // nowhere for a box the form has said is wrong already (Core, not given it, would ask for it).
    public static string BoxFor(string field, IReadOnlySet<string> said)
    {
        var key = $"Input.{Boxes.GetValueOrDefault(field, field)}";
        return said.Contains(key) ? "" : key;
    }
}
