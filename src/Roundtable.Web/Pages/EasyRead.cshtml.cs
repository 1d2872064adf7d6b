using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Web.Pages.Shared;

namespace Roundtable.Web.Pages;

// The "Easy read" / "Standard version" link: remembers the choice on this device for a year and
// goes back to the page it came from. A link, not a form, so it reads as one and needs no
// JavaScript; choosing how a page looks is safe to repeat and changes nothing anyone else sees.
public class EasyReadModel : PageModel
{
    public IActionResult OnGet([FromQuery] string? show, [FromQuery] string? returnUrl)
    {
        if (show is EasyRead.Easy or EasyRead.Standard)
        {
            Response.Cookies.Append(EasyRead.Cookie, show, new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365),
                HttpOnly = true,
                Secure = Request.IsHttps,
                SameSite = SameSiteMode.Lax,
                IsEssential = true,
                Path = "/",
            });
        }

        return LocalRedirect(returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
