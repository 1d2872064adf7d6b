namespace Roundtable.Core.Data.Entities;

public enum AttendanceSource
{
    // Marked by a facilitator in the room; late arrivals are simply present.
    Marked = 0,

    // From an online meeting's attendance report.
    Imported = 1,
}

// Someone who came. A member is followed from session to session (new, returning, retention);
// a guest who is not a member is only counted.
public class Attendee
{
    public const int NameMaxLength = 120;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid SessionId { get; init; }

    public Session Session { get; init; } = null!;

    public Guid? PersonId { get; init; }

    public Person? Person { get; init; }

    // For a guest: the name they gave.
    public string? GuestName { get; init; }

    public AttendanceSource Source { get; init; }

    public DateTimeOffset? JoinedAt { get; init; }

    public DateTimeOffset? LeftAt { get; init; }

    public Guid RecordedById { get; init; }

    public DateTimeOffset RecordedAt { get; init; }
}
