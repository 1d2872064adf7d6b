namespace Roundtable.Core.Data.Entities;

public enum SuggestionStatus
{
    Open = 0,
    Accepted = 1,
    Declined = 2,
}

// A member's proposed change to one section. Co-leads accept it (it becomes a version credited
// to the member) or decline it with a reason the member sees.
public class CharterSuggestion
{
    public const int ReasonMaxLength = 1000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CommunityId { get; init; }

    public Community Community { get; init; } = null!;

    public required string SectionKey { get; init; }

    // The charter version the member was reading when they wrote it.
    public int BasedOnVersion { get; init; }

    public required string ProposedBody { get; init; }

    // Why they suggest it.
    public required string Reason { get; init; }

    public Guid AuthorId { get; init; }

    public Person Author { get; init; } = null!;

    public DateTimeOffset CreatedAt { get; init; }

    // The form's own id: sending it twice makes one suggestion.
    public Guid SubmissionKey { get; init; }

    public SuggestionStatus Status { get; set; }

    // Empty while it waits; the reason is the one given for declining.
    public Decision? Decision { get; set; }

    public int? AcceptedAsVersion { get; set; }
}
