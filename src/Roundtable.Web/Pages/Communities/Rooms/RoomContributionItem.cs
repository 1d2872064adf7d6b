using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;

namespace Roundtable.Web.Pages.Communities.Rooms;

// One contribution in the participant's room, with the reactions they may give and, when it is
// theirs, the way to delete it. The room's script clones the page's template of this to show
// what arrives live, so a contribution looks the same however it reached the page.
public sealed record RoomContributionItem(ContributionRecord Said, ContributionCard Card, bool CanReact, IReadOnlySet<ReactionKind> MyReactions)
{
    // Every part a contribution can have, for the template the script fills in.
    public static RoomContributionItem Template(string photoUrl, bool canReact)
    {
        var view = new ContributionView(
            Guid.Empty, 0, Guid.Empty, 1, ContributionKind.Answer, "-", 1, 1, "-", new PhotoView("-", "image/png"), true, DateTimeOffset.UnixEpoch);
        return new RoomContributionItem(
            new ContributionRecord(view, ReactionCounts.Of(Guid.Empty, [])), new ContributionCard(view, "-", photoUrl, true), canReact, new HashSet<ReactionKind>());
    }
}
