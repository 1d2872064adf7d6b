using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.YouSaidWeDid;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.YouSaidWeDid;

// The community's "you said, we did" ledger, as this member may see it, filtered by status.
// Co-leads choose here whether the board is public.
public class IndexModel(CurrentCommunity current, AskLedger ledger, Asks asks) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [FromQuery]
    public AskStatus? Status { get; set; }

    public CurrentCommunity.Place Here { get; private set; } = null!;

    public Community Community => Here.Community;

    public IReadOnlyList<AskLine> Lines { get; private set; } = [];

    public bool IsCoLead => Here.Allows(CommunityRole.CoLead);

    public bool MayAdd => Here.Allows(CommunityRole.Facilitator);

    public int OwnersWhoLeft => Lines.Count(l => l.OwnerHasLeft && !AskRules.IsClosed(l.Ask.Status));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Here = (await current.FindAsync(Slug, User, cancellationToken))!;
        Lines = await ledger.ReadAsync(Community.Id, Here.Membership, Status is { } s && Enum.IsDefined(s) ? s : null, cancellationToken);
    }

    public async Task<IActionResult> OnPostBoardAsync(bool isPublic, CancellationToken cancellationToken)
    {
        Here = (await current.FindAsync(Slug, User, cancellationToken))!;
        if (!IsCoLead)
        {
            return Forbid();
        }

        await asks.SetBoardPublicAsync(Community.Id, isPublic, cancellationToken);
        TempData.Notify(isPublic ? "The board can now be read by anyone." : "The board can now be read only by members.");
        return RedirectToPage();
    }
}
