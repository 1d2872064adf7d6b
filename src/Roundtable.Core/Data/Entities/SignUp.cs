using Roundtable.Core.People;

namespace Roundtable.Core.Data.Entities;

public enum SignUpStatus
{
    Booked = 0,

    // The session was full; the first on the list is booked when a place comes free.
    Waiting = 1,

    Cancelled = 2,
}

// Someone's place at a session, with what they need for this one (filled from their profile,
// changed as they like).
public class SignUp
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid SessionId { get; init; }

    public Session Session { get; init; } = null!;

    public Guid PersonId { get; init; }

    public Person Person { get; init; } = null!;

    public SignUpStatus Status { get; set; }

    public AccessNeeds AccessNeeds { get; set; }

    public string? OtherAccessNeeds { get; set; }

    public DateTimeOffset SignedUpAt { get; set; }

    // When they joined the waiting list, which is served in that order.
    public DateTimeOffset? WaitingSince { get; set; }

    public DateTimeOffset? BookedAt { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }
}
