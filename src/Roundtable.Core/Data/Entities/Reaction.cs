namespace Roundtable.Core.Data.Entities;

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
