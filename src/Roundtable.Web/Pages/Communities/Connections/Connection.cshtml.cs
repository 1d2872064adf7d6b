using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Connections;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Connections;

// One connection, with how it went step by step. The people in it, whoever brokered it and
// facilitators say how it is going now; two doing so at once are told rather than overwritten.
public class ConnectionModel(CurrentCommunity current, BrokeredConnections connections) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [FromRoute]
    public Guid Id { get; set; }

    public Community Community { get; private set; } = null!;

    public ConnectionView View { get; private set; } = null!;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public ConnectionStatus? Status { get; set; }

        public string? Note { get; set; }

        public int? Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Input = new InputModel { Status = View.Connection.Status, Version = View.Connection.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var here = (await current.FindAsync(Slug, User, cancellationToken))!;
        var result = await connections.MoveOnAsync(Community.Id, Id, new BrokeredConnections.Step(Input.Status, Input.Note, Input.Version), here.Viewer(User), cancellationToken);
        switch (result.Outcome)
        {
            case ConnectionOutcome.NotFound:
                return NotFound();
            case ConnectionOutcome.Refused:
                return Forbid();
            case ConnectionOutcome.Invalid or ConnectionOutcome.ChangedMeanwhile:
                ModelState.AddProblems(result.Problems, "Input");
                if (result.Refusal is not null)
                {
                    ModelState.AddModelError(string.Empty, result.Refusal);
                }

                // Show it as it is now, with what they chose and typed kept.
                await LoadAsync(cancellationToken);
                ModelState.Remove("Input.Version");
                Input.Version = View.Connection.Version;
                return Page();
        }

        TempData.Notify("How the connection is going has been saved.");
        return Redirect(ConnectionPages.Path(Slug, Id));
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(Slug, User, cancellationToken))!;
        Community = here.Community;
        View = (await connections.FindAsync(Community.Id, Id, here.Viewer(User), cancellationToken))!;
        return View is not null;
    }
}
