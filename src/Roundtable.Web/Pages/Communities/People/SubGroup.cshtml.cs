using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.People;

// One sub-group: its purpose and members. Members join and leave it themselves; co-leads can
// change its name and purpose and take someone off it.
public class SubGroupModel(CurrentCommunity current, SubGroups subGroups) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Community Community { get; private set; } = null!;

    public SubGroup Group { get; private set; } = null!;

    public IReadOnlyList<Member> Members { get; private set; } = [];

    public Membership? You { get; private set; }

    public bool CanChange { get; private set; }

    public bool YouAreIn => Members.Any(m => m.IsYou);

    public sealed record Member(Guid MembershipId, string Name, bool IsYou);

    public sealed class InputModel
    {
        public string? Name { get; set; }

        public string? Purpose { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Input = new InputModel { Name = Group.Name, Purpose = Group.Purpose };
        return Page();
    }

    public Task<IActionResult> OnPostJoinAsync(CancellationToken cancellationToken) =>
        ActAsync(mayAct: () => You is not null, async () =>
        {
            await subGroups.JoinAsync(Group, You!, cancellationToken);
            return $"You have joined {Group.Name}.";
        }, cancellationToken);

    public Task<IActionResult> OnPostLeaveAsync(CancellationToken cancellationToken) =>
        ActAsync(mayAct: () => You is not null, async () =>
        {
            await subGroups.LeaveAsync(Group, You!.Id, cancellationToken);
            return $"You have left {Group.Name}.";
        }, cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(Guid membershipId, CancellationToken cancellationToken) =>
        ActAsync(mayAct: () => CanChange, async () =>
        {
            var member = Members.FirstOrDefault(m => m.MembershipId == membershipId);
            await subGroups.LeaveAsync(Group, membershipId, cancellationToken);
            return member is null ? "They are no longer in this sub-group." : $"{member.Name} has been taken off this sub-group.";
        }, cancellationToken);

    public async Task<IActionResult> OnPostEditAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!CanChange)
        {
            return Forbid();
        }

        var name = ModelState.Required("Input.Name", Input.Name, "Enter the sub-group's name", "Name", SubGroup.NameMaxLength);
        var purpose = ModelState.Required("Input.Purpose", Input.Purpose, "Enter what the sub-group is for", "Purpose", SubGroup.PurposeMaxLength);
        if (name is not null && purpose is not null &&
            await subGroups.ChangeAsync(Group, name, purpose, cancellationToken) == SubGroups.Saved.NameTaken)
        {
            ModelState.AddModelError("Input.Name", $"There is already a sub-group called ‘{name}’");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        TempData.Notify("The sub-group's name and purpose have been saved.");
        return Back();
    }

    private async Task<IActionResult> ActAsync(Func<bool> mayAct, Func<Task<string>> act, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!mayAct())
        {
            return Forbid();
        }

        TempData.Notify(await act());
        return Back();
    }

    private RedirectToPageResult Back() => RedirectToPage("SubGroup", new { slug = Community.Slug, id = Group.Id });

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var place = (await current.FindAsync(Slug, User, cancellationToken))!;
        Community = place.Community;
        You = place.Membership;
        CanChange = place.Allows(CommunityRole.CoLead);
        if (await subGroups.FindAsync(Community.Id, Id, cancellationToken) is not { } group)
        {
            return false;
        }

        Group = group;
        Members = (await subGroups.MembersAsync(group.Id, cancellationToken))
            .Select(m => new Member(m.MembershipId, m.Name, m.MembershipId == You?.Id))
            .ToList();
        return true;
    }
}
