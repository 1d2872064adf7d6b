using Roundtable.Core.Communities;

namespace Roundtable.Core.Data.Entities;

// A co-lead's invitation, sent by email as a link. Only a hash of its secret is kept; sending
// it again replaces the link.
public class Invitation
{
    public const int NoteMaxLength = 1000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CommunityId { get; init; }

    public Community Community { get; init; } = null!;

    public required string Email { get; init; }

    public CommunityRole Role { get; init; }

    public bool InLivedExpertGroup { get; init; }

    // A few words from the co-lead who invites them, shown with the invitation.
    public string? Note { get; init; }

    public required string TokenHash { get; set; }

    public Guid InvitedById { get; init; }

    public Person InvitedBy { get; init; } = null!;

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset SentAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    public Guid? AcceptedById { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
