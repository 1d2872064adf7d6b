namespace Roundtable.Core.Calendar;

// One VEVENT. Uid stays the same for the life of the meeting and Sequence rises with every
// change, which is how a calendar app knows to update the event it has rather than add another.
public sealed record CalendarEvent
{
    public required string Uid { get; init; }

    public required DateTimeOffset StartsAt { get; init; }

    public required DateTimeOffset EndsAt { get; init; }

    public required string Summary { get; init; }

    public string? Description { get; init; }

    public string? Location { get; init; }

    public Uri? Url { get; init; }

    public int Sequence { get; init; }

    public bool Cancelled { get; init; }

    public DateTimeOffset? Created { get; init; }

    public DateTimeOffset? LastModified { get; init; }
}
