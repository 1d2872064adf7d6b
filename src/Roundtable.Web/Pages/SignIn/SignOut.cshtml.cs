using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.SignIn;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.SignIn;

public class SignOutModel(SignedInSessions sessions, SignInManager<Person> signInManager) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            // Ended on the server, so a copy of the cookie stops working too.
            await sessions.EndAsync(await SessionCookie.KeyAsync(HttpContext), cancellationToken);
            await signInManager.SignOutAsync();
            TempData.Notify("You have signed out.");
        }

        return LocalRedirect("/");
    }
}
