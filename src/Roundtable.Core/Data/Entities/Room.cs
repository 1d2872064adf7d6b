namespace Roundtable.Core.Data.Entities;

public enum RoomState
{
    NotOpen = 0,
    Open = 1,
    Closed = 2,
}

// The live room of one session or preparation meeting: where people write, answer, react and
// are heard while it runs, and whose contributions become the session's record afterwards.
// Every change clients must see is numbered in the room's own sequence (LastSequence is the
// last number given out) and kept in RoomEvents, so a client that reconnects misses nothing.
public class Room
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid SessionId { get; init; }

    public Session Session { get; init; } = null!;

    public RoomState State { get; set; }

    // Where the room is in the session's running order, and since when: time used against
    // time planned.
    public Guid? CurrentItemId { get; set; }

    public DateTimeOffset? CurrentItemStartedAt { get; set; }

    public long LastSequence { get; set; }

    // Only hashes of the links' secrets are kept: the join link lets guests in, the projector
    // link shows the room read-only on a shared screen. Making a new one stops the old.
    public string? JoinTokenHash { get; set; }

    public string? ProjectorTokenHash { get; set; }

    public DateTimeOffset? OpenedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}

public enum PromptKind
{
    Reflection = 0,
    BestHopes = 1,
    GoneWell = 2,

    // 1 to 10, with an optional second "what would be good enough?" mark.
    Scaling = 3,

    // A word or two for how people feel as the session ends.
    ClosingWord = 4,
    Free = 5,
}

public enum PromptAudience
{
    Everyone = 0,

    // Each breakout group answers on its own; the record keeps the groups apart.
    EachBreakoutGroup = 1,
}

// A question the facilitator puts to the room.
public class RoomPrompt
{
    public const int TextMaxLength = 500;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid RoomId { get; init; }

    public PromptKind Kind { get; init; }

    public required string Text { get; init; }

    public PromptAudience Audience { get; init; }

    // Scaling only: also ask "what would be good enough?".
    public bool AsksGoodEnough { get; init; }

    public Guid OpenedById { get; init; }

    public DateTimeOffset OpenedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; set; }

    public bool IsOpen => ClosedAt is null;
}

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
