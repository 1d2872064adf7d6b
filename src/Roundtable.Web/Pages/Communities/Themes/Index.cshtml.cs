using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Themes;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Themes;

// The community's themes across its sessions, as this member may see them.
public class IndexModel(CurrentCommunity current, CommunityThemes themes, ThemeEngines engines) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public Community Community { get; private set; } = null!;

    public ThemeBook Book { get; private set; } = null!;

    // For a co-lead, when the operator configured an embeddings service: whether this community uses it.
    public bool? ServiceOn { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(Slug, User, cancellationToken))!;
        Community = here.Community;
        Book = await themes.ReadAsync(Community.Id, here.Membership, cancellationToken);
        if (engines.Service is not null && here.Allows(CommunityRole.CoLead))
        {
            ServiceOn = await engines.ChoiceAsync(Community.Id, cancellationToken) is not null;
        }
    }
}
