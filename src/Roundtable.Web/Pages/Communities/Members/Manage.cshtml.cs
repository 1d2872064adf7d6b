using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Members;
using Roundtable.Core.People;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Members;

// The co-leads' list of members and open invitations. ?member= shows one member's role and
// group, ?remove= asks before removing them.
public class ManageModel(
    CurrentCommunity current, Memberships memberships, Inviting invitations, JoinRequests requests, TimeProvider clock)
    : PageModel
{
    public const string Problem = "MembersProblem";

    [FromRoute]
    public string Slug { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public Guid? Member { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Remove { get; set; }

    [BindProperty]
    public CommunityRole? Role { get; set; }

    public Community Community { get; private set; } = null!;

    public IReadOnlyList<Membership> Members { get; private set; } = [];

    private Dictionary<Guid, string> labels = [];

    public IReadOnlyList<Invitation> OpenInvitations { get; private set; } = [];

    public int WaitingRequests { get; private set; }

    // The member being changed or removed.
    public Membership? Selected { get; private set; }

    public bool SelectedIsYou => Selected?.PersonId == User.PersonId();

    public string? ProblemMessage { get; private set; }

    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        if ((Member ?? Remove) is { } id)
        {
            Selected = await memberships.FindActiveByIdAsync(Community.Id, id, cancellationToken);
            Role = Selected?.Role;
            return Selected is null ? NotFound() : Page();
        }

        ProblemMessage = TempData[Problem] as string;
        Members = await memberships.ActiveAsync(Community.Id, cancellationToken);
        var told = MemberNames.TellApart(Members, NameOf, m => m.Person.Email is { } email ? [email] : []);
        labels = Members.Select((m, i) => (m.Id, Label: told[i])).ToDictionary(x => x.Id, x => x.Label);
        OpenInvitations = await invitations.OpenAsync(Community.Id, cancellationToken);
        WaitingRequests = await requests.WaitingCountAsync(Community.Id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRoleAsync(CancellationToken cancellationToken)
    {
        if (await SelectAsync(Member, cancellationToken) is not { } selected)
        {
            return NotFound();
        }

        if (Role is not { } role || !Enum.IsDefined(role))
        {
            ModelState.Remove(nameof(Role));
            ModelState.AddModelError(nameof(Role), "Choose a role");
            return Page();
        }

        if (await memberships.ChangeRoleAsync(Community.Id, selected.Id, role, cancellationToken) == MembershipChange.LastCoLead)
        {
            ModelState.AddModelError(nameof(Role), LastCoLeadMessage("stop being a co-lead"));
            Role = selected.Role;
            return Page();
        }

        TempData.Notify($"{NameOf(selected)} is now {RoleNames.WithArticle(role)}.");
        // Someone who has just stepped down as co-lead can no longer see this page.
        return SelectedIsYou && role != CommunityRole.CoLead && !User.IsInRole(SiteRoles.Admin)
            ? RedirectToPage("/Communities/Community", new { slug = Slug })
            : RedirectToPage(new { slug = Slug });
    }

    public async Task<IActionResult> OnPostGroupAsync(bool inGroup, CancellationToken cancellationToken)
    {
        if (await SelectAsync(Member, cancellationToken) is not { } selected)
        {
            return NotFound();
        }

        await memberships.SetLivedExpertGroupAsync(Community.Id, selected.Id, inGroup, cancellationToken);
        TempData.Notify(inGroup
            ? $"{NameOf(selected)} is now in the lived-expert group."
            : $"{NameOf(selected)} is no longer in the lived-expert group.");
        return RedirectToPage(new { slug = Slug });
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        if (Remove is not { } id || await memberships.FindByIdAsync(Community.Id, id, cancellationToken) is not { } removed)
        {
            return NotFound();
        }

        Selected = removed;
        var change = await memberships.RemoveAsync(Community.Id, id, cancellationToken);
        if (change == MembershipChange.LastCoLead)
        {
            ModelState.AddModelError(string.Empty, LastCoLeadMessage("leave"));
            return Page();
        }

        // Removed now, or a moment ago by the first of two clicks.
        TempData.Notify($"{NameOf(removed)} has been removed from this community.");
        return SelectedIsYou ? LocalRedirect("/") : RedirectToPage(new { slug = Slug });
    }

    public static string NameOf(Membership membership) => membership.Person.NameOrEmail;

    // The name the list's "Change" link carries for a screen reader: with the email address the row
    // shows beside it when two members share a name.
    public string LabelOf(Membership membership) => labels.GetValueOrDefault(membership.Id, NameOf(membership));

    private string LastCoLeadMessage(string action) => SelectedIsYou
        ? $"You are the only co-lead, so you cannot {action}. Make someone else a co-lead first."
        : $"{NameOf(Selected!)} is the only co-lead, so they cannot {action}. Make someone else a co-lead first.";

    private async Task<Membership?> SelectAsync(Guid? id, CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        Selected = id is null ? null : await memberships.FindActiveByIdAsync(Community.Id, id.Value, cancellationToken);
        return Selected;
    }
}
