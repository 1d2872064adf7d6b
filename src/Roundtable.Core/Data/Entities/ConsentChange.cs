namespace Roundtable.Core.Data.Entities;

public enum ConsentKind
{
    // To be contacted through the community's email list.
    Contact = 0,

    // To be quoted in reports shared beyond the room: by name, by role, or not at all.
    Quote = 1,

    // To appear in photos.
    Photos = 2,
}

// Every change of consent, with its date: the record of what someone agreed to and when.
public class ConsentChange
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MembershipId { get; init; }

    public Membership Membership { get; init; } = null!;

    public ConsentKind Kind { get; init; }

    // "Given", "Withdrawn", or for quotes the QuoteConsent now in force.
    public required string Value { get; init; }

    public DateTimeOffset At { get; init; }
}
