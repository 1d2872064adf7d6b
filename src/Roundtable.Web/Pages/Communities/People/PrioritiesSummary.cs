using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;

namespace Roundtable.Web.Pages.Communities.People;

// "Who should be here?" in brief, for the community's own page as co-leads see it: each
// priority with how many current members hold it. Drawn by _PrioritiesSummary.
public sealed record PrioritiesSummary(string Slug, WhoShouldBeHere.Mix Mix)
{
    public static async Task<PrioritiesSummary> LoadAsync(RoundtableDb db, Community community, CancellationToken cancellationToken = default) =>
        new(community.Slug, await WhoShouldBeHere.CountAsync(db, community.Id, cancellationToken));

    public static string TagClass(Presence presence) => presence switch
    {
        Presence.Missing => "nhsuk-tag--red",
        Presence.Thin => "nhsuk-tag--orange",
        _ => "nhsuk-tag--green",
    };
}
