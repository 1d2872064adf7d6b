namespace Roundtable.Core.Data.Entities;

public enum ContributionSource
{
    // Written, answered or recorded in the live room.
    Room = 0,

    // Imported from an online meeting's chat.
    Chat = 1,

    // Imported from an online meeting's transcript.
    Transcript = 2,
}

// A meeting's chat or transcript imported into a session's room as contributions, all at once,
// and undone all at once. SubmissionKey comes from the form or the caller, so confirming twice
// (a double click, a retry) imports once.
public class ContributionImport
{
    public const int LayoutMaxLength = 60;
    public const int LinksMaxLength = 20_000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid SubmissionKey { get; init; }

    public Guid SessionId { get; init; }

    public Session Session { get; init; } = null!;

    public Guid RoomId { get; init; }

    public ContributionSource Source { get; init; }

    // What it was read as: "a Microsoft Teams chat", "a WebVTT transcript".
    public required string Layout { get; init; }

    public Guid ImportedById { get; init; }

    public DateTimeOffset ImportedAt { get; init; }

    // Counted when imported: messages read (a long one may make several contributions), the
    // contributions made, those whose sender matched a member, and the tool's own lines dropped.
    public int Messages { get; init; }

    public int Contributions { get; init; }

    public int Matched { get; init; }

    public int SystemLines { get; init; }

    // The links written in it, one a line, for the community's resources.
    public string Links { get; init; } = "";

    public DateTimeOffset? UndoneAt { get; set; }

    public Guid? UndoneById { get; set; }
}
