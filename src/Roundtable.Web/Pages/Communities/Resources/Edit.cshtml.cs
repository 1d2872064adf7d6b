using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Resources;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Resources;

// Changing a resource, for its adder and the co-leads. The version they saw goes with the form,
// so two people changing it at once never lose a change silently: the second is told.
public class EditModel(CurrentCommunity current, CommunityResources resources, ResourceChanges changes) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public ResourceForm Form { get; set; } = new();

    public Core.Data.Entities.Community Community { get; private set; } = null!;

    public ResourceView Resource { get; private set; } = null!;

    public IReadOnlyList<TaggedSession> Sessions { get; private set; } = [];

    public IReadOnlyList<TaggedTheme> Themes { get; private set; } = [];

    public int MaxFileBytes => changes.MaxFileBytes;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Form = ResourceForm.From(Resource);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var here = (await current.FindAsync(Slug, User, cancellationToken))!;
        var input = await Form.InputAsync(Resource.Kind, changes.MaxFileBytes, cancellationToken);
        var result = await changes.EditAsync(Community.Id, Id, Form.Version, input, IndexModel.Visit(here, User), cancellationToken);
        switch (result.Outcome)
        {
            case ResourceOutcome.NotFound:
                return NotFound();
            case ResourceOutcome.NotYours:
                return Forbid();
            case ResourceOutcome.Invalid or ResourceOutcome.ChangedMeanwhile:
                ModelState.AddProblems(result.Problems, nameof(Form));
                if (result.Refusal is not null)
                {
                    ModelState.AddModelError(string.Empty, result.Refusal);
                }

                // What they typed stays; the version becomes the one now stored, so saving again is a choice made seeing it.
                await LoadAsync(cancellationToken);
                ModelState.Remove("Form.Version");
                Form.Version = Resource.Version;
                return Page();
        }

        TempData.Notify($"“{result.Resource!.Title}” has been saved.");
        return Redirect(ResourceWords.Path(Slug, Id));
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(Slug, User, cancellationToken))!;
        Community = here.Community;
        var visitor = IndexModel.Visit(here, User);
        var found = await resources.FindAsync(Community.Id, Id, visitor, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        if (!visitor.MayChange(found.AddedById))
        {
            return Forbid();
        }

        Resource = found;
        (Sessions, Themes) = await resources.TagChoicesAsync(Community.Id, visitor, cancellationToken);
        return null;
    }
}
