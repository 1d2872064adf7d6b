using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities;

public class SettingsModel(CurrentCommunity current, RoundtableDb db, TimeProvider clock) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Community Community { get; private set; } = null!;

    // Set when someone else saved while this person was editing: what they saved.
    public Community? SavedMeanwhile { get; private set; }

    public sealed class InputModel
    {
        public string? Name { get; set; }

        public string? Purpose { get; set; }

        public string? Region { get; set; }

        public string? Contact { get; set; }

        public CommunityVisibility Visibility { get; set; }

        public int Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        Input = new InputModel
        {
            Name = Community.Name,
            Purpose = Community.Purpose,
            Region = Community.Region,
            Contact = Community.Contact,
            Visibility = Community.Visibility,
            Version = Community.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        var name = ModelState.Required("Input.Name", Input.Name, "Enter the community's name", "Name", Community.NameMaxLength);
        var purpose = ModelState.Required("Input.Purpose", Input.Purpose, "Enter what the community is for", "Purpose", Community.PurposeMaxLength);
        var region = ModelState.Required("Input.Region", Input.Region, "Enter the area the community covers", "Area", Community.RegionMaxLength);
        var contact = ModelState.Optional("Input.Contact", Input.Contact, "Contact", Community.ContactMaxLength);
        if (!Enum.IsDefined(Input.Visibility))
        {
            ModelState.AddModelError("Input.Visibility", "Choose who can find this community");
        }

        if (Input.Version != Community.Version && !SameAsSaved(name, purpose, region, contact))
        {
            return Conflict();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!SameAsSaved(name, purpose, region, contact))
        {
            Community.Name = name!;
            Community.Purpose = purpose!;
            Community.Region = region!;
            Community.Contact = contact;
            Community.Visibility = Input.Visibility;
            Community.UpdatedAt = clock.GetUtcNow();
            Community.Version++;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another save landed between our read and our write.
                await db.Entry(Community).ReloadAsync(cancellationToken);
                return Conflict();
            }
        }

        TempData.Notify("The community's details have been saved.");
        return RedirectToPage("Community", new { slug = Community.Slug });
    }

    private PageResult Conflict()
    {
        SavedMeanwhile = Community;
        ModelState.AddModelError(string.Empty,
            "Someone else changed these details while you were editing. Their version is shown below: check it, then save yours again.");
        ModelState.Remove("Input.Version");
        Input.Version = Community.Version;
        return Page();
    }

    // Saving what is already saved (a second click, or the same change made twice) is fine.
    private bool SameAsSaved(string? name, string? purpose, string? region, string? contact) =>
        name == Community.Name && purpose == Community.Purpose && region == Community.Region &&
        contact == Community.Contact && Input.Visibility == Community.Visibility;
}
