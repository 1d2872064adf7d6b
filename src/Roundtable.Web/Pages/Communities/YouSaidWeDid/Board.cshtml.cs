using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.YouSaidWeDid;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.YouSaidWeDid;

// The community's public board: the ledger for members, and for anyone when the co-leads chose
// so, naming people only as they consented to be quoted. Nothing from preparation meetings.
public class BoardModel(CurrentCommunity current, AskLedger ledger) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public Community Community { get; private set; } = null!;

    public bool IsMember { get; private set; }

    public IReadOnlyList<AskLine> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(Slug, User, cancellationToken))!;
        Community = here.Community;
        IsMember = here.Membership is not null;
        if (!IsMember && !Community.AskBoardIsPublic)
        {
            return User.Identity?.IsAuthenticated == true ? NotFound() : Challenge();
        }

        // The board names people as it would to anyone, so a member sees what the public sees, and
        // nothing said only in a preparation meeting.
        Lines = await ledger.ReadAsync(Community.Id, viewer: null, cancellationToken: cancellationToken);
        return Page();
    }
}
