using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.SignIn;

namespace Roundtable.Web.Pages.Communities.EmailList;

// The link in a confirmation email. Opening it shows a button rather than confirming, so a mail
// scanner that follows every link cannot subscribe anyone; pressing it puts them on the list.
// A link that is not one answers 404, an expired one 410, each with a page saying what to do.
public class ConfirmModel(Core.Mailing.EmailList list) : PageModel
{
    [FromRoute]
    public string Token { get; set; } = "";

    public LinkState State { get; private set; }

    public string? Community { get; private set; }

    public string? Email { get; private set; }

    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        (State, Community, Email) = await list.CheckAsync(Token, cancellationToken);
        Answer();
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        (State, Community) = await list.ConfirmAsync(Token, cancellationToken);
        // Pressed twice: the second press finds it confirmed, which is what they wanted.
        Confirmed = State is LinkState.Valid or LinkState.Used;
        Answer();
    }

    private void Answer() => Response.StatusCode = State switch
    {
        LinkState.Unknown => StatusCodes.Status404NotFound,
        LinkState.Expired => StatusCodes.Status410Gone,
        _ => StatusCodes.Status200OK,
    };
}
