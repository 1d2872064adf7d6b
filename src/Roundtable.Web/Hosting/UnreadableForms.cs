using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Roundtable.Web.Hosting;

// A form body that cannot be read (a NUL byte, a multipart body cut short, more fields than the
// form limits allow) makes model binding give up on every bound property, the page's route values
// included, and the page then runs as if it had been given none. The form token check refuses such
// a body for a POST; this refuses it for whatever else carries one (a GET or HEAD with a form body):
// 400, or 413 when the server refused it for its size.
public sealed class UnreadableForms : IAsyncResourceFilter
{
    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (http.Request.HasFormContentType
            && http.Features.Get<IStatusCodeReExecuteFeature>() is null
            && http.Features.Get<IExceptionHandlerFeature>() is null)
        {
            try
            {
                await http.Request.ReadFormAsync(http.RequestAborted);
            }
            catch (Exception e) when (e is InvalidDataException or IOException && !http.RequestAborted.IsCancellationRequested)
            {
                context.Result = new StatusCodeResult(e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status400BadRequest);
                return;
            }
        }

        await next();
    }
}
