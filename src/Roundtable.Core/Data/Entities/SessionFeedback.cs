namespace Roundtable.Core.Data.Entities;

// One person's answer to the short form after a session they came to: what was useful, and what
// they will take back into their work (their next action), kept private or shared with the
// community. Answering again changes this one answer, so a person is counted once. Later they mark
// the next action done, or say what happened instead.
public class SessionFeedback
{
    public const int UsefulMaxLength = 1000;
    public const int NextActionMaxLength = 500;
    public const int OutcomeMaxLength = 1000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid SessionId { get; init; }

    public Session Session { get; init; } = null!;

    public Guid PersonId { get; init; }

    public string? Useful { get; set; }

    // Null: they named no next action.
    public string? NextAction { get; set; }

    // Shared with the community, attributed only as they consented; otherwise theirs alone.
    public bool NextActionShared { get; set; }

    public DateTimeOffset? NextActionDoneAt { get; set; }

    // What happened: how it went, or why it did not.
    public string? Outcome { get; set; }

    public DateTimeOffset AnsweredAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}
