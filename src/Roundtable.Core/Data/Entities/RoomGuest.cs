namespace Roundtable.Core.Data.Entities;

// Someone who came in with the session's join link rather than as a member. Their browser keeps
// a secret of its own (only its hash is stored) so they stay the same guest on every request.
public class RoomGuest
{
    public const int DisplayNameMaxLength = 80;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid RoomId { get; init; }

    public string? DisplayName { get; set; }

    public required string TokenHash { get; init; }

    public DateTimeOffset JoinedAt { get; init; }
}
