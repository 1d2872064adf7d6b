namespace Roundtable.Core.Data.Entities;

// A member who said they are linked to an entry on the map: they work there, use it, or belong to it.
public class MapEntryMember
{
    public Guid MapEntryId { get; init; }

    public MapEntry MapEntry { get; init; } = null!;

    public Guid MembershipId { get; init; }

    public Membership Membership { get; init; } = null!;

    public DateTimeOffset LinkedAt { get; init; }
}
