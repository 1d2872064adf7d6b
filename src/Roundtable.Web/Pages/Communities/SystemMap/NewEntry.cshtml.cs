using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.SystemMap;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.SystemMap;

// Any member adds an organisation, service or group to the map.
public class NewEntryModel(CurrentCommunity current, MapEntries entries) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [BindProperty]
    public MapEntryInput Input { get; set; } = new();

    // The new entry's id, chosen when the form is shown, so a second click adds nothing new.
    [BindProperty]
    public Guid Key { get; set; }

    public Community Community { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        Key = Guid.CreateVersion7();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        var result = await entries.AddAsync(Community.Id, Key, Input.Details, User.PersonId()!.Value, cancellationToken);
        if (!result.Done)
        {
            ModelState.AddProblems(result.Problems, nameof(Input));
            return Page();
        }

        TempData.Notify($"{result.Entry!.Name} has been added to the map.");
        return Redirect(EntryModel.Path(Community, result.Entry.Id));
    }
}
