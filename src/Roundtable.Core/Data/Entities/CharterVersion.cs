namespace Roundtable.Core.Data.Entities;

// The charter is a living document: every saved change is a new numbered version holding the
// whole charter (its sections and its discussion principles), so any two can be compared.
public class CharterVersion
{
    public const int NoteMaxLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CommunityId { get; init; }

    public Community Community { get; init; } = null!;

    // 1, 2, 3… within the community.
    public int Number { get; init; }

    public Guid AuthorId { get; init; }

    public Person Author { get; init; } = null!;

    public DateTimeOffset CreatedAt { get; init; }

    // What changed, in the author's words ("Added our values").
    public required string Note { get; init; }

    // When the change came from a member's suggestion, they are credited for it.
    public Guid? CreditedToId { get; init; }

    public Person? CreditedTo { get; init; }

    public List<CharterSection> Sections { get; } = [];

    public List<DiscussionPrinciple> Principles { get; } = [];
}
