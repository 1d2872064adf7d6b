namespace Roundtable.Core.Data.Entities;

// Someone outside the community on its email list, a board member say. A co-lead adds the
// address; it is on the list only once its owner follows the confirmation link (double opt-in).
public class Subscriber
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CommunityId { get; init; }

    public Community Community { get; init; } = null!;

    // Normalised (trimmed, lower case): one subscriber per address, however it was typed.
    public required string Email { get; init; }

    public Guid? AddedById { get; set; }

    public DateTimeOffset AddedAt { get; set; }

    // Only the hash of the link's token is kept; a new link replaces it.
    public string? ConfirmTokenHash { get; set; }

    public DateTimeOffset ConfirmExpiresAt { get; set; }

    public DateTimeOffset? ConfirmedAt { get; set; }

    // Set when they unsubscribe or a co-lead removes them; adding them again starts afresh.
    public DateTimeOffset? EndedAt { get; set; }

    public bool IsOnList => ConfirmedAt is not null && EndedAt is null;
}
