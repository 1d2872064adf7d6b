using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Members;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Members;

// Leaving is one click, after saying plainly what it does. The only co-lead cannot leave.
public class LeaveModel(CurrentCommunity current, Memberships memberships) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public Community Community { get; private set; } = null!;

    // Null for a site admin who does not belong.
    public Membership? Membership { get; private set; }

    public bool IsOnlyCoLead { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        var change = await memberships.LeaveAsync(Community.Id, User.PersonId()!.Value, cancellationToken);
        if (change == MembershipChange.LastCoLead)
        {
            await LoadAsync(cancellationToken);
            ModelState.AddModelError(string.Empty, OnlyCoLeadMessage);
            return Page();
        }

        if (change == MembershipChange.Done)
        {
            TempData.Notify($"You have left {Community.Name}.");
        }

        return LocalRedirect("/");
    }

    public const string OnlyCoLeadMessage =
        "You are the only co-lead, so you cannot leave yet. Make someone else a co-lead first, so the community is still looked after.";

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(Slug, User, cancellationToken))!;
        Community = here.Community;
        Membership = here.Membership is null ? null : await memberships.FindActiveByIdAsync(Community.Id, here.Membership.Id, cancellationToken);
        IsOnlyCoLead = Membership is not null && await memberships.IsLastCoLeadAsync(Membership, cancellationToken);
    }
}
