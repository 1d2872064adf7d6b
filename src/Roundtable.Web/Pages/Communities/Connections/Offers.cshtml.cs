using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Connections;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Connections;

// Offers to collaborate in the community, and a form to post one.
public class OffersModel(CurrentCommunity current, CollaborationOffers offers) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public Community Community { get; private set; } = null!;

    public IReadOnlyList<OfferView> Offers { get; private set; } = [];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string? Title { get; set; }

        public string? What { get; set; }

        public string? LookingFor { get; set; }
    }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var result = await offers.PostAsync(Community.Id, User.PersonId()!.Value, new CollaborationOffers.NewOffer(Input.Title, Input.What, Input.LookingFor), cancellationToken);
        if (!result.Done)
        {
            ModelState.AddProblems(result.Problems, "Input");
            return Page();
        }

        TempData.Notify("Your offer has been posted.");
        return Redirect(ConnectionPages.OfferPath(Slug, result.Offer!.Id));
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(Slug, User, cancellationToken))!;
        Community = here.Community;
        Offers = await offers.ReadAsync(Community.Id, here.Viewer(User), cancellationToken);
    }
}
