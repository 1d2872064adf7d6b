namespace Roundtable.Core.Data.Entities;

// One time a co-lead marked a theme settled, with what was agreed or done, and when it was
// reopened (if it was): a theme settled, reopened and settled again keeps each, so its page tells
// the whole story rather than the last chapter.
public class ThemeSettling
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ThemeId { get; init; }

    public Theme Theme { get; init; } = null!;

    public DateTimeOffset SettledAt { get; init; }

    // Null only for a settling older than this history, when who settled it was not kept.
    public Guid? SettledById { get; init; }

    public required string Note { get; set; }

    public DateTimeOffset? ReopenedAt { get; set; }

    public Guid? ReopenedById { get; set; }
}
