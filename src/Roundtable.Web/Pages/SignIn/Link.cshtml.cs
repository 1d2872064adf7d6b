using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Security;
using Roundtable.Core.SignIn;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.SignIn;

// Opening the link only shows a button: signing in is a POST, so a mail scanner that
// follows links cannot use up someone's link.
public class LinkModel(
    SignInLinks links, Accounts accounts, SignedInSessions sessions, SignInManager<Person> signInManager, IOptions<SignInLinkOptions> options)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    // Off unless they choose it: a shared computer must not keep someone signed in.
    [BindProperty]
    public bool StaySignedIn { get; set; }

    // The link was good, but the account it signs in to was removed from the site.
    public bool Removed { get; private set; }

    public int StaySignedInDays => (int)options.Value.StaySignedInLifetime.TotalDays;

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
        if (await sessions.StartAsync(person, StaySignedIn, cancellationToken) is not { } session)
        {
            (State, Removed) = (LinkState.Used, true);
            return Page();
        }

        await signInManager.SignInAsync(person, SessionCookie.For(session));

        var returnUrl = Url.IsLocalUrl(redeemed.ReturnUrl) ? redeemed.ReturnUrl : "/";
        return string.IsNullOrWhiteSpace(person.DisplayName)
            ? RedirectToPage("/Account/Name", new { returnUrl, welcome = true })
            : LocalRedirect(returnUrl);
    }

    private string? Browser() =>
        Request.Cookies[SecurityServices.AntiforgeryCookie] is { Length: > 0 } cookie ? SecretToken.Hash(cookie) : null;
}
