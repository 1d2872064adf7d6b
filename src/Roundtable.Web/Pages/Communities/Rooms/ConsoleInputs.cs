using Roundtable.Core.Data.Entities;

namespace Roundtable.Web.Pages.Communities.Rooms;

// A question to open: its words default to the suggested ones for its kind.
public sealed class PromptInput
{
    public PromptKind? Kind { get; set; }

    public string? Text { get; set; }

    public PromptAudience Audience { get; set; }

    public bool AsksGoodEnough { get; set; }
}

// One line of the moderation trail, with who did it named as they chose.
public sealed record TrailLine(ModerationEntry Entry, string By, string? What);
