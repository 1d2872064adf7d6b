using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.SystemMap;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.SystemMap;

// The member who added an entry, or a co-lead, changes or removes it. The version they saw goes
// with the form, so a change made meanwhile by someone else is never overwritten silently.
public class EditEntryModel(CurrentCommunity current, MapEntries entries) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public MapEntryInput Input { get; set; } = new();

    [BindProperty]
    public int? Version { get; set; }

    public Community Community { get; private set; } = null!;

    public MapEntry Entry { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OpenAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Input = MapEntryInput.From(Entry);
        Version = Entry.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await OpenAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var result = await entries.ChangeAsync(Community.Id, Id, Input.Details, Version, cancellationToken);
        if (result.Done)
        {
            TempData.Notify($"{result.Entry!.Name} has been saved.");
            return Redirect(EntryModel.Path(Community, Id));
        }

        return Again(result);
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken)
    {
        if (await OpenAsync(cancellationToken) is { } refused)
        {
            return refused is NotFoundResult ? Redirect(IndexModel.Path(Community)) : refused;
        }

        var result = await entries.RemoveAsync(Community.Id, Id, Version, cancellationToken);
        if (result.Done)
        {
            TempData.Notify($"{Entry.Name} has been removed from the map.");
            return Redirect(IndexModel.Path(Community));
        }

        return Again(result);
    }

    // The form again, with what they typed kept, against the entry as it is now.
    private PageResult Again(MapResult result)
    {
        ModelState.AddProblems(result.Problems, nameof(Input));
        if (result.Refusal is not null)
        {
            ModelState.AddModelError(string.Empty, result.Refusal);
        }

        if (result.Entry is { } now)
        {
            Entry = now;
            ModelState.Remove(nameof(Version));
            Version = now.Version;
        }

        return Page();
    }

    private async Task<IActionResult?> OpenAsync(CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(Slug, User, cancellationToken))!;
        Community = here.Community;
        if (await entries.FindAsync(Community.Id, Id, cancellationToken) is not { } entry)
        {
            return NotFound();
        }

        Entry = entry;
        return MapEntries.MayChange(entry, User.PersonId()!.Value, here.Allows(CommunityRole.CoLead)) ? null : Forbid();
    }
}
