using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Members;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Members;

// Asking to join a listed community, and seeing what became of the request.
public class JoinModel(CurrentCommunity current, JoinRequests requests) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [BindProperty]
    public string? Message { get; set; }

    public CurrentCommunity.Place Here { get; private set; } = null!;

    public Community Community => Here.Community;

    // Their most recent request, whatever became of it.
    public JoinRequest? Latest { get; private set; }

    public bool IsMember => Here.Membership is not null;

    public bool ByInvitationOnly => Community.Visibility != CommunityVisibility.Listed;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Here = (await current.FindAsync(Slug, User, cancellationToken))!;
        var message = ModelState.Optional(nameof(Message), Message, "Your message", JoinRequest.MessageMaxLength);
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        // Asking twice, or clicking twice, leaves one request waiting.
        if (await requests.AskAsync(Community, User.PersonId()!.Value, message, cancellationToken) is JoinAsk.Asked or JoinAsk.AlreadyWaiting)
        {
            TempData.Notify("Your request has been sent to the co-leads.");
        }

        return RedirectToPage(new { slug = Slug });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Here = (await current.FindAsync(Slug, User, cancellationToken))!;
        Latest = await requests.LatestAsync(Community.Id, User.PersonId()!.Value, cancellationToken);
    }
}
