namespace Roundtable.Core.Data.Entities;

public enum RoomEventKind
{
    RoomOpened = 0,
    RoomClosed = 1,
    ItemChanged = 2,
    PromptOpened = 3,
    PromptClosed = 4,
    ContributionAdded = 5,
    ContributionDeleted = 6,
    ContributionHidden = 7,
    ContributionShown = 8,
    ContributionPinned = 9,
    ContributionUnpinned = 10,
    ReactionsChanged = 11,
}

// The room's log: every change clients must see, numbered in order and written in the same
// transaction as the change. Payloads never carry who wrote an anonymous contribution, nor what
// a hidden or deleted one said.
public class RoomEvent
{
    public Guid RoomId { get; init; }

    public long Sequence { get; init; }

    // Settable only so a hidden or deleted contribution's earlier events can say it was removed.
    public RoomEventKind Kind { get; set; }

    // The contribution the event is about, so its content can be taken out of the log when it
    // is hidden or deleted.
    public Guid? ContributionId { get; init; }

    public required string Payload { get; set; }

    // The breakout group a contribution was said in, for the events that show it (added, shown
    // again): only that group, the facilitators and the projector are sent it. Null for the room.
    public int? BreakoutGroup { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}
