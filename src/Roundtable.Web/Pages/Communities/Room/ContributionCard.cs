using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;

namespace Roundtable.Web.Pages.Communities.Room;

// One contribution as a page shows it: who said it (as they chose, or nobody), what it answers,
// and what it said.
public sealed record ContributionCard(ContributionView Contribution, string? PromptText, string PhotoUrl, bool Yours)
{
    public string Who => (Contribution.Kind, Contribution.Name) switch
    {
        (ContributionKind.Spoken, { } name) => $"{name}, said aloud",
        (ContributionKind.Spoken, null) => "Said aloud by someone not named",
        (_, { } name) => name,
        _ => "Anonymous",
    };
}
