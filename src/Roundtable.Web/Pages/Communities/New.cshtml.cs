using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities;

public class NewModel(RoundtableDb db, CommunityFounding founding) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string? Name { get; set; }

        public string? Slug { get; set; }

        public string? Purpose { get; set; }

        public string? Region { get; set; }

        public string? Contact { get; set; }

        public CommunityVisibility Visibility { get; set; } = CommunityVisibility.Listed;
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var name = ModelState.Required("Input.Name", Input.Name, "Enter the community's name", "Name", Community.NameMaxLength);
        // An empty short address is made from the name, as the hint says.
        var slug = string.IsNullOrWhiteSpace(Input.Slug) && name is not null ? Core.Communities.Slug.From(name) : Input.Slug?.Trim();
        if (Core.Communities.Slug.Problem(slug) is { } slugProblem)
        {
            ModelState.AddModelError("Input.Slug", slugProblem);
        }

        var purpose = ModelState.Required("Input.Purpose", Input.Purpose, "Enter what the community is for", "Purpose", Community.PurposeMaxLength);
        var region = ModelState.Required("Input.Region", Input.Region, "Enter the area the community covers", "Area", Community.RegionMaxLength);
        var contact = ModelState.Optional("Input.Contact", Input.Contact, "Contact", Community.ContactMaxLength);
        if (!Enum.IsDefined(Input.Visibility))
        {
            ModelState.AddModelError("Input.Visibility", "Choose who can find this community");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var founderId = User.PersonId()!.Value;
        if (await db.Communities.AsNoTracking().SingleOrDefaultAsync(c => c.Slug == slug, cancellationToken) is { } existing)
        {
            return await SameAsJustFoundedAsync(existing, name!, founderId, cancellationToken) ? Created(existing) : SlugTaken();
        }

        var community = founding.Found(new CommunityFounding.Details(slug!, name!, purpose!, region!, contact, Input.Visibility), founderId);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone else took the address between our check and our save.
            db.ChangeTracker.Clear();
            return SlugTaken();
        }

        return Created(community);
    }

    // The second click of a double submit finds the community the first click made.
    private Task<bool> SameAsJustFoundedAsync(Community existing, string name, Guid founderId, CancellationToken cancellationToken) =>
        existing.Name == name
            ? db.Memberships.AnyAsync(m => m.CommunityId == existing.Id && m.PersonId == founderId && m.Role == CommunityRole.CoLead, cancellationToken)
            : Task.FromResult(false);

    private RedirectToPageResult Created(Community community)
    {
        TempData.Notify("Your community has been created, and you are its first co-lead. Next, invite your fellow co-lead and shape your charter together.");
        return RedirectToPage("Community", new { slug = community.Slug });
    }

    private PageResult SlugTaken()
    {
        ModelState.AddModelError("Input.Slug", "That short address is already taken: choose another");
        return Page();
    }
}
