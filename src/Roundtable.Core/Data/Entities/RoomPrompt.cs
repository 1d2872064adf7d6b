namespace Roundtable.Core.Data.Entities;

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
