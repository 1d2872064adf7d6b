namespace Roundtable.Core.Data.Entities;

// A contribution a person put in a theme: an example the next suggestion learns from. Quoted:
// chosen as one of the theme's quotes, to share as its speaker consented (QuoteAttribution).
public class ThemeContribution
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ThemeId { get; init; }

    public Theme Theme { get; init; } = null!;

    public Guid ContributionId { get; init; }

    public Contribution Contribution { get; init; } = null!;

    public Guid AssignedById { get; init; }

    public DateTimeOffset AssignedAt { get; init; }

    public bool Quoted { get; set; }
}
