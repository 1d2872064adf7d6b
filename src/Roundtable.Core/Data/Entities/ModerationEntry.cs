namespace Roundtable.Core.Data.Entities;

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
