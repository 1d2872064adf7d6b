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
    public const int SenderNameMaxLength = 200;
    public const int SenderEmailMaxLength = 320;
    public const int SaidAtMaxLength = 20;

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
    // An imported contribution's sender is set when a co-lead says who they were.
    public Guid? PersonId { get; set; }

    public Guid? GuestId { get; init; }

    public bool Anonymous { get; set; }

    // Spoken only: the speaker, when they chose to be named; null when they did not.
    public Guid? SpokenById { get; set; }

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

    public ContributionSource Source { get; init; }

    // Imported ones: the import they came with, and the sender as the meeting tool wrote them,
    // kept to match them to a member later. Shown only to those who import, never to members: a
    // sender nobody matched stays anonymous.
    public Guid? ImportId { get; init; }

    public string? SenderName { get; init; }

    public string? SenderEmail { get; init; }

    // Imported ones: when it was said, as the tool wrote it (tools give no date or zone worth
    // trusting): a chat's clock time ("10:42"), or how far into the recording a transcript's cue
    // starts ("00:12:31").
    public string? SaidAt { get; init; }

    public bool IsVisible => !Hidden && DeletedAt is null;
}
