using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Resources;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Resources;

// Adding a link, a file or an event. Which one is chosen first (?kind=), so each form asks only
// what it needs and works without JavaScript; a link shared in a chat arrives filled in (?url=, ?session=).
public class NewModel(CurrentCommunity current, CommunityResources resources, ResourceChanges changes) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "kind")]
    public ResourceKind? Kind { get; set; }

    [BindProperty]
    public ResourceForm Form { get; set; } = new();

    public Core.Data.Entities.Community Community { get; private set; } = null!;

    public IReadOnlyList<TaggedSession> Sessions { get; private set; } = [];

    public IReadOnlyList<TaggedTheme> Themes { get; private set; } = [];

    public int MaxFileBytes => changes.MaxFileBytes;

    public async Task OnGetAsync(string? url, Guid? session, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Form = new ResourceForm { SubmissionKey = Guid.NewGuid(), Url = url };
        if (session is { } id && Sessions.Any(s => s.Id == id))
        {
            Form.SessionIds.Add(id);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var here = await LoadAsync(cancellationToken);
        if (Kind is not { } kind)
        {
            return RedirectToPage();
        }

        var input = await Form.InputAsync(kind, changes.MaxFileBytes, cancellationToken);
        var result = await changes.AddAsync(Community.Id, Form.SubmissionKey, input, IndexModel.Visit(here, User), cancellationToken);
        if (!result.Done)
        {
            ModelState.AddProblems(result.Problems, nameof(Form));
            return Page();
        }

        TempData.Notify($"“{result.Resource!.Title}” is on the resource list.");
        return Redirect(ResourceWords.Path(Slug, result.Resource.Id));
    }

    private async Task<CurrentCommunity.Place> LoadAsync(CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(Slug, User, cancellationToken))!;
        Community = here.Community;
        (Sessions, Themes) = await resources.TagChoicesAsync(Community.Id, IndexModel.Visit(here, User), cancellationToken);
        return here;
    }
}
