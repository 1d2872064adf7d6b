namespace Roundtable.Core.Data.Entities;

public enum RhythmKind
{
    // Every N months on a pattern: "the second Friday, every two months".
    EveryFewMonths = 0,

    // A list of dates, as a quarterly programme is often published.
    ExplicitDates = 1,
}

// A run of sessions with a rhythm, and the lived-expert preparation meetings in the months
// between them. The sessions it made are ordinary sessions: moving or cancelling one leaves the
// rest of the series as it was.
public class Series
{
    public const int NameMaxLength = 120;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CommunityId { get; init; }

    public Community Community { get; init; } = null!;

    public required string Name { get; set; }

    public RhythmKind Rhythm { get; init; }

    // EveryFewMonths: how many months apart, which weekday, and which one in the month
    // (1 to 4, or -1 for the last).
    public int? IntervalMonths { get; init; }

    public DayOfWeek? Weekday { get; init; }

    public int? WeekOfMonth { get; init; }

    // Local UK times; each session's UTC times are worked out for its own date, so a session
    // in summer and one in winter both start at 14:00 as people read it.
    public TimeOnly StartTime { get; init; }

    public TimeOnly EndTime { get; init; }

    public bool WithPreparationMeetings { get; init; }

    public TimeOnly? PreparationStartTime { get; init; }

    public TimeOnly? PreparationEndTime { get; init; }

    public SessionFormat Format { get; init; }

    public Guid CreatedById { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
