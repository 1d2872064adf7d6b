using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Roundtable.Web.Pages;

// Shown for every error, whatever the method of the request that failed; the failed
// request's own form token is not this page's business.
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public IActionResult OnGet(int? code) => Show(code);

    public IActionResult OnPost(int? code) => Show(code);

    private PageResult Show(int? code)
    {
        Code = code is >= 400 and < 600 ? code.Value : StatusCodes.Status500InternalServerError;
        Response.StatusCode = Code;
        return Page();
    }
}
