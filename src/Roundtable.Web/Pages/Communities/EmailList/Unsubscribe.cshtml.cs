using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Mailing;

namespace Roundtable.Web.Pages.Communities.EmailList;

// The unsubscribe link in every email to the list. Opening it shows one button; posting to it
// unsubscribes, whether the button was pressed or a mail reader sent RFC 8058's one-click POST
// (body List-Unsubscribe=One-Click, no cookies, no antiforgery token: the token in the address
// is the only permission, and unsubscribing is all it can do).
[IgnoreAntiforgeryToken]
public class UnsubscribeModel(Unsubscribes unsubscribes) : PageModel
{
    [FromRoute]
    public string Token { get; set; } = "";

    public UnsubscribeLink? Link { get; private set; }

    public bool Done { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Link = await unsubscribes.CheckAsync(Token, cancellationToken);
        Answer();
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        Link = await unsubscribes.UnsubscribeAsync(Token, cancellationToken);
        Done = Link is not null;
        Answer();
    }

    private void Answer()
    {
        if (Link is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
