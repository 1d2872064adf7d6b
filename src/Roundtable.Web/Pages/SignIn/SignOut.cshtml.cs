using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Pages.Shared;

namespace Roundtable.Web.Pages.SignIn;

public class SignOutModel(SignInManager<Person> signInManager) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await signInManager.SignOutAsync();
            TempData.Notify("You have signed out.");
        }

        return LocalRedirect("/");
    }
}
