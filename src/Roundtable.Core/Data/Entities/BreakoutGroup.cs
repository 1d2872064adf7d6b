namespace Roundtable.Core.Data.Entities;

// A breakout room of six to eight, mixed so each hears lived experience and staff, with a chair.
public class BreakoutGroup
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid SessionId { get; init; }

    public Session Session { get; init; } = null!;

    public int Number { get; init; }

    public Guid? ChairId { get; set; }

    public Person? Chair { get; set; }

    public List<BreakoutMember> Members { get; } = [];
}

public class BreakoutMember
{
    public Guid GroupId { get; set; }

    public BreakoutGroup Group { get; init; } = null!;

    public Guid PersonId { get; init; }

    public Person Person { get; init; } = null!;

    // Breakout rooms are per session: a person is in one group at a time.
    public Guid SessionId { get; init; }
}

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
