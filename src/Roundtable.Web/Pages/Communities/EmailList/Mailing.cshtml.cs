using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Mailing;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.EmailList;

// How one mailing is going: "12 of 30 sent, 1 failed", each failure with its reason. While it is
// still sending the page reloads itself every few seconds (a meta refresh: no script needed).
public class MailingModel(CurrentCommunity current, Mailings mailings) : PageModel
{
    public const int RefreshSeconds = 3;

    [FromRoute]
    public string Slug { get; set; } = "";

    [FromRoute]
    public Guid Id { get; set; }

    public Community Community { get; private set; } = null!;

    public MailingProgress Progress { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        if (await mailings.ProgressAsync(Community.Id, Id, cancellationToken) is not { } progress)
        {
            return NotFound();
        }

        Progress = progress;
        return Page();
    }
}
