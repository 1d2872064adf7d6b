namespace Roundtable.Core.Data.Entities;

public enum IdentityKind
{
    // Autistic person, person with a learning disability, person with ADHD…
    LivedExperience = 0,

    FamilyOrCarer = 1,

    // A sector people work in: health, social care, education…
    Staff = 2,

    // Professional and lived expert at the same time.
    Both = 3,

    Other = 4,
}

// One of the ways a member can describe themselves in this community; members pick as many as
// are true. Each community starts from the charter's list and can add its own. A priority is a
// group the charter says the community most wants to reach ("who should be here?").
public class IdentityOption
{
    public const int NameMaxLength = 100;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CommunityId { get; init; }

    public Community Community { get; init; } = null!;

    public required string Name { get; set; }

    public IdentityKind Kind { get; set; }

    public int Position { get; set; }

    public bool IsPriority { get; set; }

    // Retired options stay on the members who chose them but are no longer offered.
    public DateTimeOffset? RetiredAt { get; set; }
}
