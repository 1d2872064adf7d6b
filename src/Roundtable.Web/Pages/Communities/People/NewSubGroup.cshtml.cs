using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.People;

public class NewSubGroupModel(CurrentCommunity current, SubGroups subGroups) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Community Community { get; private set; } = null!;

    public sealed class InputModel
    {
        public string? Name { get; set; }

        public string? Purpose { get; set; }

        // The new group's id, chosen when the form is shown, so a second click starts nothing new.
        public Guid Key { get; set; }
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        Input = new InputModel { Key = Guid.CreateVersion7() };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        var name = ModelState.Required("Input.Name", Input.Name, "Enter the sub-group's name", "Name", SubGroup.NameMaxLength);
        var purpose = ModelState.Required("Input.Purpose", Input.Purpose, "Enter what the sub-group is for", "Purpose", SubGroup.PurposeMaxLength);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var started = await subGroups.CreateAsync(Community.Id, Input.Key, name!, purpose!, cancellationToken);
        if (started.Id is not { } id)
        {
            ModelState.AddModelError("Input.Name", $"There is already a sub-group called ‘{name}’");
            return Page();
        }

        TempData.Notify($"The sub-group ‘{name}’ has been started.");
        return RedirectToPage("SubGroup", new { slug = Community.Slug, id });
    }
}
