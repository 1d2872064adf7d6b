namespace Roundtable.Core.Data.Entities;

// Where a "you said, we did" request came from. A feedback answer after a session is a source
// of its own: kept here so the ledger's shape does not change when it is wired.
public enum AskSource
{
    Direct = 0,
    Contribution = 1,
    Theme = 2,
    FeedbackAnswer = 3,
}

// Open → in progress → done; or not upheld (with the reason); or outside our control (with who
// it was raised with).
public enum AskStatus
{
    Open = 0,
    InProgress = 1,
    Done = 2,
    NotUpheld = 3,
    OutsideOurControl = 4,
}

// One line of the community's "you said, we did": what someone asked for, or the community
// committed to, who owns it, when it is due and what became of it. Every change is an AskChange.
public class Ask
{
    public const int WordsMaxLength = 1000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CommunityId { get; init; }

    public Community Community { get; init; } = null!;

    // What was asked, in the asker's words.
    public required string Words { get; set; }

    // The person whose words they are, named only as they consented (QuoteAttribution).
    public Guid? AskerId { get; init; }

    public AskSource Source { get; init; }

    public Guid? ContributionId { get; init; }

    public Guid? ThemeId { get; init; }

    // The feedback answer it came from, once feedback answers can be a source.
    public Guid? FeedbackAnswerId { get; init; }

    // Heard only in a preparation meeting: it stays inside the lived-expert group and the co-leads.
    public bool FromPreparationMeeting { get; init; }

    // A person (by their membership) or a sub-group; neither while nobody has taken it on.
    public Guid? OwnerMembershipId { get; set; }

    public Membership? OwnerMembership { get; set; }

    public Guid? OwnerSubGroupId { get; set; }

    public SubGroup? OwnerSubGroup { get; set; }

    public DateOnly? DueOn { get; set; }

    public AskStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public Guid CreatedById { get; init; }

    // The form's own id: sending it twice makes one request.
    public Guid SubmissionKey { get; init; }

    // Raised on every change, so two people changing it at once never lose one silently.
    public int Version { get; set; } = 1;

    public List<AskChange> Changes { get; } = [];
}
