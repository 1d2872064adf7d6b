namespace Roundtable.Core.Data.Entities;

public enum ResourceKind
{
    Link = 0,
    File = 1,

    // Something happening outside the community (a conference, a training day) on a date.
    Event = 2,
}

// Something the community shares: a link, a file, or an external event, tagged to the sessions
// and themes it belongs with. One tagged to a preparation meeting stays inside the lived-expert
// group (ResourceAccess). SubmissionKey comes from the form or the caller, so a double submit
// adds it once.
public class Resource
{
    public const int TitleMaxLength = 120;
    public const int DescriptionMaxLength = 500;
    public const int UrlMaxLength = 2000;
    public const int WhereMaxLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CommunityId { get; init; }

    public Community Community { get; init; } = null!;

    public Guid SubmissionKey { get; init; }

    public ResourceKind Kind { get; init; }

    public required string Title { get; set; }

    // A short description: what it is and why it helps.
    public string? Description { get; set; }

    // A link's address, or an event's page (or the link to join it online).
    public string? Url { get; set; }

    // An event's place, as its organisers give it.
    public string? Where { get; set; }

    // An event's dates and times as it publishes them, UK time: an outside event keeps its own
    // calendar date whatever the clocks do, and an all-day one has no time.
    public DateOnly? StartsOn { get; set; }

    public TimeOnly? StartTime { get; set; }

    public DateOnly? EndsOn { get; set; }

    public TimeOnly? EndTime { get; set; }

    public ResourceFile? File { get; set; }

    public List<Session> Sessions { get; } = [];

    public List<Theme> Themes { get; } = [];

    public Guid AddedById { get; init; }

    public DateTimeOffset AddedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    // Raised on every change, so two people editing at once never lose one silently.
    public int Version { get; set; } = 1;
}
