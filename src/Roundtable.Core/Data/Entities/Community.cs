using Roundtable.Core.Communities;

namespace Roundtable.Core.Data.Entities;

public class Community
{
    public const int SlugMaxLength = 60;
    public const int NameMaxLength = 120;
    public const int PurposeMaxLength = 2000;
    public const int RegionMaxLength = 100;
    public const int ContactMaxLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Slug { get; set; }

    public required string Name { get; set; }

    public required string Purpose { get; set; }

    public required string Region { get; set; }

    public string? Contact { get; set; }

    public CommunityVisibility Visibility { get; set; } = CommunityVisibility.Listed;

    // Whether the "you said, we did" board may be read by anyone, signed in or not; members
    // always may.
    public bool AskBoardIsPublic { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    // Bumped on every save so two co-leads editing at once cannot overwrite each other.
    public int Version { get; set; } = 1;

    public List<Membership> Memberships { get; } = [];
}
