using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.People;

public class SubGroupListModel(CurrentCommunity current, SubGroups subGroups) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public Community Community { get; private set; } = null!;

    public bool CanStart { get; private set; }

    public IReadOnlyList<SubGroups.Summary> Groups { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var place = (await current.FindAsync(Slug, User, cancellationToken))!;
        Community = place.Community;
        CanStart = place.Allows(CommunityRole.CoLead);
        Groups = await subGroups.ListAsync(Community.Id, place.Membership?.Id, cancellationToken);
    }
}
