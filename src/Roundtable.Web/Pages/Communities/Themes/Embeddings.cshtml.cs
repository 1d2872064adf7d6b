using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Themes;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Themes;

// A co-lead turns on (or off) suggesting this community's themes with the embeddings service the
// operator configured, having read what is sent where. Without a configured service the page does
// not exist.
public class EmbeddingsModel(CurrentCommunity current, RoundtableDb db, ThemeEngines engines) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public Community Community { get; private set; } = null!;

    public EmbeddingsOptions Service { get; private set; } = null!;

    public EmbeddingsChoice? Choice { get; private set; }

    // Turned on for an address the operator no longer uses, so no longer holding.
    public EmbeddingsChoice? Former { get; private set; }

    public string? TurnedOnBy { get; private set; }

    public static string Path(Community community) => $"/communities/{community.Slug}/themes/embeddings-service";

    public static string Statement(EmbeddingsOptions service) =>
        $"When this is on, the words of this community's contributions and themes are sent to {service.RunBy} at {service.Host} " +
        "to be turned into numbers that help suggest themes.";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostTurnOnAsync(CancellationToken cancellationToken) => TurnAsync(true, cancellationToken);

    public Task<IActionResult> OnPostTurnOffAsync(CancellationToken cancellationToken) => TurnAsync(false, cancellationToken);

    private async Task<IActionResult> TurnAsync(bool on, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)
            || await engines.TurnAsync(Community.Id, on, User.PersonId()!.Value, cancellationToken) == ThemeOutcome.NotFound)
        {
            return NotFound();
        }

        TempData.Notify(on
            ? $"Themes in this community are now suggested with {Service.RunBy}'s service."
            : "Themes in this community are now suggested by Roundtable's own engine. Nothing more is sent.");
        return Redirect(Path(Community));
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        if (engines.Service is not { } service)
        {
            return false;
        }

        Service = service;
        Choice = await engines.ChoiceAsync(Community.Id, cancellationToken);
        Former = Choice is null ? await engines.FormerChoiceAsync(Community.Id, cancellationToken) : null;
        if (Choice is not null)
        {
            var membership = await db.Memberships.AsNoTracking().Include(m => m.Person)
                .FirstOrDefaultAsync(m => m.CommunityId == Community.Id && m.PersonId == Choice.TurnedOnById, cancellationToken);
            TurnedOnBy = membership is null ? "someone who is no longer a member" : MemberNames.AsTheyChose(membership);
        }

        return true;
    }
}
