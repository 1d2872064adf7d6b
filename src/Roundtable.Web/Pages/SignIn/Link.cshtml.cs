using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Security;
using Roundtable.Core.SignIn;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.SignIn;

// Opening the link only shows a button: signing in is a POST, so a mail scanner that
// follows links cannot use up someone's link.
public class LinkModel(SignInLinks links, Accounts accounts, SignInManager<Person> signInManager) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public LinkState State { get; private set; }

    public string? Email { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var (state, link) = await links.CheckAsync(Token, cancellationToken);
        State = state;
        Email = link?.Email;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await links.RedeemAsync(Token, Browser(), cancellationToken);
        if (result is RedeemResult.Refused refused)
        {
            State = refused.State;
            return Page();
        }

        var redeemed = (RedeemResult.Redeemed)result;
        var person = await accounts.FindOrCreateAsync(redeemed.Email);
        await signInManager.SignInAsync(person, isPersistent: true);

        var returnUrl = Url.IsLocalUrl(redeemed.ReturnUrl) ? redeemed.ReturnUrl : "/";
        return string.IsNullOrWhiteSpace(person.DisplayName)
            ? RedirectToPage("/Account/Name", new { returnUrl, welcome = true })
            : LocalRedirect(returnUrl);
    }

    private string? Browser() =>
        Request.Cookies[SecurityServices.AntiforgeryCookie] is { Length: > 0 } cookie ? SecretToken.Hash(cookie) : null;
}
