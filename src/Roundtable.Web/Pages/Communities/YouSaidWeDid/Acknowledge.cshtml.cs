using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Core.YouSaidWeDid;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.YouSaidWeDid;

// Ticking a request off at a session, from its running order on the session page.
public class AcknowledgeModel(CurrentCommunity current, SessionSchedule schedule, AskLedger ledger, Acknowledgements acknowledgements) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [FromRoute]
    public int Number { get; set; }

    [FromRoute]
    public Guid Id { get; set; }

    public IActionResult OnGet() => Redirect($"/communities/{Slug}/sessions/{Number}");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(Slug, User, cancellationToken))!;
        var session = await schedule.FindAsync(here.Community.Id, SessionKind.Session, Number, cancellationToken);
        if (session is null || await ledger.FindAsync(here.Community.Id, Id, here.Membership, cancellationToken) is null
            || !await acknowledgements.AcknowledgeAsync(session, Id, User.PersonId()!.Value, cancellationToken))
        {
            return NotFound();
        }

        TempData.Notify("Acknowledged at this session.");
        return Redirect($"/communities/{Slug}/sessions/{Number}#acknowledgements");
    }
}
