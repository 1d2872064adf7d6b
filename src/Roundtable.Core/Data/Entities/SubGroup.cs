namespace Roundtable.Core.Data.Entities;

// A group that takes specific work forward between sessions: an action group, a
// system-mapping group.
public class SubGroup
{
    public const int NameMaxLength = 100;
    public const int PurposeMaxLength = 1000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CommunityId { get; init; }

    public Community Community { get; init; } = null!;

    public required string Name { get; set; }

    public required string Purpose { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public List<SubGroupMember> Members { get; } = [];
}
