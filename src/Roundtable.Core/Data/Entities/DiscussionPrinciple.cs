namespace Roundtable.Core.Data.Entities;

// "Acknowledge: receive what people say." Shown in every session.
public class DiscussionPrinciple
{
    public const int NameMaxLength = 60;
    public const int DescriptionMaxLength = 300;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid VersionId { get; init; }

    public int Position { get; init; }

    public required string Name { get; init; }

    public required string Description { get; init; }
}
