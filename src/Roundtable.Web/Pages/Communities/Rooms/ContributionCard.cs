using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;

namespace Roundtable.Web.Pages.Communities.Rooms;

// One contribution as a page shows it: who said it (as they chose, or nobody), what it answers,
// and what it said.
public sealed record ContributionCard(ContributionView Contribution, string? PromptText, string PhotoUrl, bool Yours)
{
    // The words the room's script uses too, for what arrives live.
    public const string SaidAloud = ", said aloud";
    public const string SaidAloudUnnamed = "Said aloud by someone not named";
    public const string Anonymous = "Anonymous";

    public string Who => (Contribution.Kind, Contribution.Name) switch
    {
        (ContributionKind.Spoken, { } name) => name + SaidAloud,
        (ContributionKind.Spoken, null) => SaidAloudUnnamed,
        (_, { } name) => name,
        _ => Anonymous,
    };
}
