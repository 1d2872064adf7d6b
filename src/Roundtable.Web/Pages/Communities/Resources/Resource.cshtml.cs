using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Resources;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Resources;

// One resource: what it is, where it leads or its file, what it is tagged to. Its adder and the
// co-leads change it or remove it from here.
public class ResourceModel(CurrentCommunity current, CommunityResources resources, ResourceChanges changes) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [FromRoute]
    public Guid Id { get; set; }

    public Core.Data.Entities.Community Community { get; private set; } = null!;

    public ResourceView Resource { get; private set; } = null!;

    public bool MayChange { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken)
    {
        var visitor = await LoadAsync(cancellationToken);
        if (visitor is null)
        {
            // Removed already: a second click lands on the list.
            TempData.Notify("That resource has been removed.");
            return Redirect(ResourceWords.ListPath(Slug));
        }

        var result = await changes.RemoveAsync(Community.Id, Id, visitor, cancellationToken);
        if (result.Outcome == ResourceOutcome.NotYours)
        {
            return Forbid();
        }

        TempData.Notify($"“{Resource.Title}” has been removed.");
        return Redirect(ResourceWords.ListPath(Slug));
    }

    private async Task<ResourceVisitor?> LoadAsync(CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(Slug, User, cancellationToken))!;
        Community = here.Community;
        var visitor = IndexModel.Visit(here, User);
        var found = await resources.FindAsync(Community.Id, Id, visitor, cancellationToken);
        if (found is null)
        {
            return null;
        }

        Resource = found;
        MayChange = visitor.MayChange(found.AddedById);
        return visitor;
    }
}
