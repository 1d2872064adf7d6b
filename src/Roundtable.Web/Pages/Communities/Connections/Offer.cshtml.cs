using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Connections;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Connections;

// One offer: others say they are interested, with a note; the person who made it sees who, and
// turns an interest into a brokered connection in one step.
public class OfferModel(CurrentCommunity current, CollaborationOffers offers) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [FromRoute]
    public Guid Id { get; set; }

    public Community Community { get; private set; } = null!;

    public OfferView View { get; private set; } = null!;

    [BindProperty]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Note = View.YourInterest?.Note;
        return Page();
    }

    public async Task<IActionResult> OnPostInterestAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var result = await offers.InterestAsync(Community.Id, Id, User.PersonId()!.Value, Note, cancellationToken);
        switch (result.Outcome)
        {
            case OfferOutcome.NotFound:
                return NotFound();
            case OfferOutcome.Refused:
                ModelState.AddModelError(string.Empty, result.Refusal!);
                return Page();
            case OfferOutcome.Invalid:
                ModelState.AddProblems(result.Problems, "");
                return Page();
        }

        TempData.Notify("The person who made the offer can now see you are interested.");
        return Redirect(ConnectionPages.OfferPath(Slug, Id));
    }

    public async Task<IActionResult> OnPostConnectAsync(Guid interestId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var here = (await current.FindAsync(Slug, User, cancellationToken))!;
        var result = await offers.ConnectAsync(Community.Id, Id, interestId, here.Viewer(User), cancellationToken);
        switch (result.Outcome)
        {
            case OfferOutcome.NotFound:
                return NotFound();
            case OfferOutcome.Refused:
                return Forbid();
            case OfferOutcome.Invalid:
                ModelState.AddProblems(result.Problems, "", _ => string.Empty);
                ModelState.AddModelError(string.Empty, "They are no longer a member of this community, so they cannot be connected here");
                return Page();
        }

        TempData.Notify("You are connected. Say how it goes on the connection’s page.");
        return Redirect(ConnectionPages.Path(Slug, result.Connection!.Id));
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(Slug, User, cancellationToken))!;
        Community = here.Community;
        View = (await offers.FindAsync(Community.Id, Id, here.Viewer(User), cancellationToken))!;
        return View is not null;
    }
}
