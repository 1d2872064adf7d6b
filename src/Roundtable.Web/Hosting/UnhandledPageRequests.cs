using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;

namespace Roundtable.Web.Hosting;

// Razor Pages shows a page even when none of its handlers answers the request (a POST or TRACE to
// a page that only reads, a handler name it does not have): it renders without a handler, and what
// OnGet would have loaded is missing. Those requests are answered here, for every page at once:
// 405 with Allow for a method the page does not handle, 404 for a handler it does not have.
// How handlers are chosen: aspnetcore's DefaultPageHandlerMethodSelector; the implicit page:
// PageActionInvoker.InvokeHandlerMethodAsync.
public sealed class UnhandledPageRequests : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (Refusal(context) is { } refusal)
        {
            context.Result = refusal;
            return Task.CompletedTask;
        }

        return next();
    }

    private static StatusCodeResult? Refusal(PageHandlerExecutingContext context)
    {
        var http = context.HttpContext;
        // The error page speaks for the request that failed, whatever its method.
        if (http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            return null;
        }

        var asked = HandlerName(context);
        if (context.HandlerMethod is { } chosen)
        {
            // A handler without a name answers whatever name is asked for; a name the page does not have is not there.
            return asked is null || chosen.Name is not null ? null : new NotFoundResult();
        }

        var handlers = context.ActionDescriptor.HandlerMethods;
        var method = http.Request.Method;
        var reads = HttpMethods.IsGet(method) || HttpMethods.IsHead(method);
        var forMethod = reads ? HttpMethods.Get : method;
        var handlesMethod = handlers.Any(h => string.Equals(h.HttpMethod, forMethod, StringComparison.OrdinalIgnoreCase));
        if (!reads && !handlesMethod)
        {
            http.Response.Headers.Allow = Allowed(handlers);
            return new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
        }

        // A handler name the page does not have, or none where each of its handlers has one.
        if (asked is not null || handlesMethod)
        {
            return new NotFoundResult();
        }

        // A page with nothing to load shows itself.
        return null;
    }

    // Where the selector looks: the route's {handler}, then ?handler=.
    private static string? HandlerName(PageHandlerExecutingContext context)
    {
        if (context.RouteData.Values.TryGetValue("handler", out var value) && value?.ToString() is { Length: > 0 } fromRoute)
        {
            return fromRoute;
        }

        return context.HttpContext.Request.Query.TryGetValue("handler", out var fromQuery) && fromQuery[0] is { Length: > 0 } name ? name : null;
    }

    private static string Allowed(IList<HandlerMethodDescriptor> handlers) => string.Join(", ", handlers
        .Select(h => h.HttpMethod.ToUpperInvariant())
        .Append(HttpMethods.Get)
        .Append(HttpMethods.Head)
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal));
}
