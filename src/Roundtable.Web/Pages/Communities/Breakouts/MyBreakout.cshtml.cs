using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Breakouts;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Breakouts;

// Someone's own breakout group in a session: its number, its chair and who else is in it, each
// as they chose to be named. Nobody sees another group here.
public class MyBreakoutModel(CurrentCommunity current, BreakoutGroups breakouts) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [FromRoute]
    public int Number { get; set; }

    public Community Community { get; private set; } = null!;

    public Session Session { get; private set; } = null!;

    public BreakoutGroups.YourGroup? Yours { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        if (await breakouts.FindSessionAsync(Community.Id, Number, cancellationToken) is not { } session)
        {
            return NotFound();
        }

        Session = session;
        Yours = User.PersonId() is { } you ? await breakouts.YourGroupAsync(session, you, cancellationToken) : null;
        return Page();
    }
}
