namespace Roundtable.Core.Data.Entities;

public class CharterSection
{
    public const int KeyMaxLength = 60;
    public const int TitleMaxLength = 120;
    public const int BodyMaxLength = 20000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid VersionId { get; init; }

    public int Position { get; init; }

    // Stable across versions ("how-we-work-together"), so a section can be followed through history.
    public required string Key { get; init; }

    public required string Title { get; init; }

    // Markdown, rendered without any raw HTML.
    public required string Body { get; init; }
}
