namespace Roundtable.Core.Data.Entities;

public enum ContributionKind
{
    // Written to the room, answering nothing in particular.
    Text = 0,
    Answer = 1,
    Scale = 2,
    ClosingWord = 3,

    // A photo of a drawing or a flipchart, with a short description for screen readers.
    Photo = 4,

    // What someone said aloud, recorded by a scribe: speaking counts as much as typing.
    Spoken = 5,
}

// One thing said in the room. The id comes from the client, so a contribution sent twice (a
// retry, a double tap) is stored once.
public class Contribution
{
    public const int TextMaxLength = 1000;
    public const int ClosingWordMaxLength = 40;
    public const int HiddenReasonMaxLength = 500;

    public Guid Id { get; init; }

    public Guid RoomId { get; init; }

    // Its place in the room's sequence: the number of the event that added it.
    public long Sequence { get; init; }

    public Guid? PromptId { get; init; }

    public RoomPrompt? Prompt { get; init; }

    public int? BreakoutGroupNumber { get; init; }

    public ContributionKind Kind { get; init; }

    // Who wrote it (for a spoken contribution, the scribe): a member or a guest. Never shown
    // to anyone but the author when Anonymous.
    public Guid? PersonId { get; init; }

    public Guid? GuestId { get; init; }

    public bool Anonymous { get; init; }

    // Spoken only: the speaker, when they chose to be named; null when they did not.
    public Guid? SpokenById { get; init; }

    // Cleared when the author deletes it: what they took back is not kept.
    public string? Text { get; set; }

    public int? Scale { get; init; }

    public int? GoodEnough { get; init; }

    public ContributionPhoto? Photo { get; set; }

    public bool Pinned { get; set; }

    public bool Hidden { get; set; }

    public string? HiddenReason { get; set; }

    public Guid? HiddenById { get; set; }

    public DateTimeOffset? HiddenAt { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public bool IsVisible => !Hidden && DeletedAt is null;
}

public class ContributionPhoto
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int DescriptionMaxLength = 250;
    public const int ContentTypeMaxLength = 20;

    public Guid ContributionId { get; init; }

    public required byte[] Bytes { get; init; }

    public required string ContentType { get; init; }

    // Required: a photo nobody can hear described is not shared with everyone.
    public required string Description { get; init; }
}

// A small, calm set: nothing to count likes with.
public enum ReactionKind
{
    Agree = 0,
    ThankYou = 1,
    Heart = 2,
    Lightbulb = 3,
    Question = 4,
}

// One person's (or guest's) reaction of one kind to one contribution: reacting again takes it
// back. Shown only as counts.
public class Reaction
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid RoomId { get; init; }

    public Guid ContributionId { get; init; }

    // The member's or the guest's id.
    public Guid ReactorId { get; init; }

    public ReactionKind Kind { get; init; }

    public long Sequence { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}

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

    public DateTimeOffset CreatedAt { get; init; }
}

public enum ModerationAction
{
    Hidden = 0,
    Shown = 1,
    Pinned = 2,
    Unpinned = 3,
}

// What a facilitator did to a contribution, why, and when: kept for accountability.
public class ModerationEntry
{
    public const int ReasonMaxLength = Contribution.HiddenReasonMaxLength;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid RoomId { get; init; }

    public Guid ContributionId { get; init; }

    public ModerationAction Action { get; init; }

    public string? Reason { get; init; }

    public Guid ById { get; init; }

    public DateTimeOffset At { get; init; }
}
