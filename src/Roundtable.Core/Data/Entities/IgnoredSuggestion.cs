namespace Roundtable.Core.Data.Entities;

// A suggestion a co-lead said no to, remembered so it is not offered again: this theme for this
// contribution, or (ThemeId null) this contribution as part of a new theme.
public class IgnoredSuggestion
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CommunityId { get; init; }

    public Guid ContributionId { get; init; }

    public Guid? ThemeId { get; init; }

    public Guid IgnoredById { get; init; }

    public DateTimeOffset IgnoredAt { get; init; }
}
