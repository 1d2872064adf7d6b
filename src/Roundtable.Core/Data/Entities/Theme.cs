namespace Roundtable.Core.Data.Entities;

// A thematic thread: something the community keeps hearing about, across its sessions. A co-lead
// names it and decides which contributions belong to it; whether it is new or deepening at a
// session is worked out from those, never typed (ThemeTimeline). A theme merged into another is
// kept, pointing at where it went, so its address still leads somewhere.
public class Theme
{
    public const int TitleMaxLength = 80;
    public const int GistMaxLength = 200;
    public const int SettledNoteMaxLength = 500;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CommunityId { get; init; }

    public Community Community { get; init; } = null!;

    public required string Title { get; set; }

    // One line: what we heard.
    public string? Gist { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public Guid CreatedById { get; init; }

    // What was agreed or done, when a co-lead marked it settled; cleared when it is reopened.
    public DateTimeOffset? SettledAt { get; set; }

    public Guid? SettledById { get; set; }

    public string? SettledNote { get; set; }

    public Guid? MergedIntoId { get; set; }

    public DateTimeOffset? MergedAt { get; set; }

    // Raised on every change, so two co-leads deciding at once never lose one silently.
    public int Version { get; set; } = 1;

    public List<ThemeContribution> Contributions { get; } = [];

    // Every time it was settled, and reopened, oldest first when read in order of SettledAt.
    public List<ThemeSettling> Settlings { get; } = [];

    public bool IsSettled => SettledAt is not null;

    public bool IsMerged => MergedIntoId is not null;
}
