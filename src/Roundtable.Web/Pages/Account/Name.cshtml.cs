using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Pages.Shared;

namespace Roundtable.Web.Pages.Account;

public class NameModel(UserManager<Person> users, SignInManager<Person> signInManager) : PageModel
{
    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Welcome { get; set; }

    public async Task OnGetAsync()
    {
        var person = await users.GetUserAsync(User);
        DisplayName = person?.DisplayName;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var name = ModelState.Required(
            nameof(DisplayName), DisplayName, "Enter the name you would like us to use", "Name", Person.DisplayNameMaxLength);
        if (name is null)
        {
            return Page();
        }

        var person = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without an account.");
        person.DisplayName = name;
        var saved = await users.UpdateAsync(person);
        if (!saved.Succeeded)
        {
            ModelState.AddModelError(nameof(DisplayName), "Your name could not be saved just now. Try again.");
            return Page();
        }

        await signInManager.RefreshSignInAsync(person);
        TempData.Notify(Welcome ? $"Welcome to Roundtable, {name}." : "Your name has been saved.");
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/account");
    }
}
