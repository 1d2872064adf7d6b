using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;

namespace Roundtable.Web.Hosting;

// Razor Pages shows a page even when none of its handlers answers the request (a POST or TRACE to
// a page that only reads, a handler name it does not have): it renders without a handler, and what
// OnGet would have loaded is missing. Those requests are answered here, for every page at once:
// 405 with Allow for a method the page does not handle, 404 for a handler it does not have. The
// rules are the handler selector's (aspnetcore's DefaultPageHandlerMethodSelector; the page without
// a handler is PageActionInvoker's implicit PageResult), applied before a handler is chosen, so
// that a method the page does not take is refused as such rather than for lack of a form token.
public sealed class UnhandledPageRequests : IAuthorizationFilter, IOrderedFilter
{
    // Before the form token check (AutoValidateAntiforgeryTokenAuthorizationFilter, 1000).
    public int Order => 0;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        if (context.ActionDescriptor is CompiledPageActionDescriptor page && Refusal(context.HttpContext, context.RouteData, page.HandlerMethods) is { } refusal)
        {
            context.Result = refusal;
        }
    }

    private static StatusCodeResult? Refusal(HttpContext http, RouteData route, IList<HandlerMethodDescriptor> handlers)
    {
        // The error page speaks for the request that failed, whatever its method.
        if (RequestErrors.IsErrorPage(http))
        {
            return null;
        }

        var method = http.Request.Method;
        var reads = HttpMethods.IsGet(method) || HttpMethods.IsHead(method);
        var candidates = handlers.Where(h => string.Equals(h.HttpMethod, reads ? HttpMethods.Get : method, StringComparison.OrdinalIgnoreCase)).ToList();
        if (candidates.Count == 0 && !reads)
        {
            http.Response.Headers.Allow = Allowed(handlers);
            return new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
        }

        // The selector lets a handler without a name answer any name; here a name must be the handler's own.
        var asked = HandlerName(http, route);
        var answered = asked is null
            ? candidates.Count == 0 || candidates.Any(h => h.Name is null)
            : candidates.Any(h => string.Equals(h.Name, asked, StringComparison.OrdinalIgnoreCase));
        return answered ? null : new NotFoundResult();
    }

    // Where the selector looks: the route's {handler}, then ?handler=.
    private static string? HandlerName(HttpContext http, RouteData route)
    {
        if (route.Values.TryGetValue("handler", out var value) && value?.ToString() is { Length: > 0 } fromRoute)
        {
            return fromRoute;
        }

        return http.Request.Query.TryGetValue("handler", out var fromQuery) && fromQuery[0] is { Length: > 0 } name ? name : null;
    }

    private static string Allowed(IList<HandlerMethodDescriptor> handlers) => string.Join(", ", handlers
        .Select(h => h.HttpMethod.ToUpperInvariant())
        .Append(HttpMethods.Get)
        .Append(HttpMethods.Head)
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal));
}
