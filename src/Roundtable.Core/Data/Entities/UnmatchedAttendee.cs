namespace Roundtable.Core.Data.Entities;

// Rows of an attendance report that matched nobody, kept for a facilitator to resolve: this is
// a member, add them as a guest, or leave them out.
public class UnmatchedAttendee
{
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 254;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid SessionId { get; init; }

    public Session Session { get; init; } = null!;

    public required string Name { get; init; }

    public string? Email { get; init; }

    public DateTimeOffset? JoinedAt { get; init; }

    public DateTimeOffset? LeftAt { get; init; }

    public DateTimeOffset ImportedAt { get; init; }

    public DateTimeOffset? ResolvedAt { get; set; }

    // "Member", "Guest" or "Left out".
    public string? Resolution { get; set; }
}
