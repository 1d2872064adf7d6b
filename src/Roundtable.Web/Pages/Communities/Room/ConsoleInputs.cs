using Roundtable.Core.Data.Entities;

namespace Roundtable.Web.Pages.Communities.Room;

// A question to open: its words default to the suggested ones for its kind.
public sealed class PromptInput
{
    public PromptKind? Kind { get; set; }

    public string? Text { get; set; }

    public PromptAudience Audience { get; set; }

    public bool AsksGoodEnough { get; set; }
}

// What a scribe records for someone who spoke aloud. ClientId makes a second click store nothing.
public sealed class ScribeInput
{
    public Guid ClientId { get; set; }

    public string? Text { get; set; }

    public Guid? SpeakerId { get; set; }

    public Guid? PromptId { get; set; }

    public int? Scale { get; set; }

    // For a scaling question that asks what would be good enough.
    public int? GoodEnough { get; set; }
}

// Someone the scribe can name, as they chose to be named.
public sealed record Speaker(Guid PersonId, string Name);

// One line of the moderation trail, with who did it named as they chose.
public sealed record TrailLine(ModerationEntry Entry, string By, string? What);
