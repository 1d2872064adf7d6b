namespace Roundtable.Core.Data.Entities;

// A personal secret for subscribing to one's own calendar feed from a calendar app, which
// cannot sign in. Only its hash is kept; making a new one stops the old.
public class CalendarFeed
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PersonId { get; init; }

    public Person Person { get; init; } = null!;

    public required string TokenHash { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? RevokedAt { get; set; }
}
