using Roundtable.Core.SystemMap;

namespace Roundtable.Core.Data.Entities;

// An organisation, service or group in the community's area, on its system map: what it offers,
// what it needs, and where to find it. Members add them; the member who added one and the
// co-leads change or remove it.
public class MapEntry
{
    public const int NameMaxLength = 120;
    public const int OffersMaxLength = 1000;
    public const int NeedsMaxLength = 1000;
    public const int WebAddressMaxLength = 500;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CommunityId { get; init; }

    public Community Community { get; init; } = null!;

    public required string Name { get; set; }

    public MapEntryKind Kind { get; set; }

    public Sector Sector { get; set; }

    public string? Offers { get; set; }

    public string? Needs { get; set; }

    public string? WebAddress { get; set; }

    public Guid AddedById { get; init; }

    public DateTimeOffset AddedAt { get; init; }

    // Raised on every change, so two people changing one entry at once never lose one silently.
    public int Version { get; set; } = 1;

    public List<MapEntryMember> Members { get; } = [];
}
