namespace Roundtable.Core.Data.Entities;

// One browser's sign-in. The cookie carries its key, and every request checks the key is still
// here, so signing out (here or on every device) ends it on the server, not only in that browser.
// Only a hash of the key is kept, as for sign-in links.
public class SignedInSession
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PersonId { get; init; }

    public Person Person { get; init; } = null!;

    public required string KeyHash { get; init; }

    // Chosen on their own device: it lasts months from its last use instead of hours.
    public bool StaySignedIn { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    // Moved on as the session is used (sliding), from StaySignedIn's lifetime.
    public DateTimeOffset ExpiresAt { get; set; }
}
