using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Web.Hosting;

namespace Roundtable.Web.Pages;

// Shown for every error, whatever the method of the request that failed; the failed
// request's own form token is not this page's business.
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public class ErrorModel : PageModel
{
    public int Code { get; private set; }

    // For 413: the most a request may send, in words ("30 MB").
    public string? Limit { get; private set; }

    // Razor Pages would otherwise answer an OPTIONS request that failed with an empty 200.
    public void OnOptions()
    {
    }

    // Nothing is bound from the request: what it sent (a form that cannot be read, a field named
    // "code") is what failed, and must not change what this page says. The status comes from the
    // middleware that brought the request here, and so this page shows itself without a handler.
    // Not a handler (for the method PAGE, as its name would otherwise make it): what runs before any.
    [NonHandler]
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        if (reExecuted is null && HttpContext.Features.Get<IExceptionHandlerFeature>() is null)
        {
            // Asked for directly: there is no error to show.
            context.Result = NotFound();
            return;
        }

        // After an exception the handler has already set the status that exception deserves.
        var code = reExecuted?.OriginalStatusCode ?? Response.StatusCode;
        Code = code is >= 400 and < 600 ? code : StatusCodes.Status500InternalServerError;
        Response.StatusCode = Code;
        if (Code == StatusCodes.Status413PayloadTooLarge && RequestBodyLimit.Of(HttpContext) is { } limit)
        {
            Limit = RequestBodyLimit.Describe(limit);
        }
    }
}
