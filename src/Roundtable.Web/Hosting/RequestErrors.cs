using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Roundtable.Web.Hosting;

// Whatever a request carries, a door that cannot use it answers with a 4xx that says why (a page,
// or problem JSON on the API), never a 500, and without a stack trace in the log.
public static class RequestErrors
{
    public static IServiceCollection AddRequestErrors(this IServiceCollection services)
    {
        // Development would otherwise throw on an API body it cannot read, and the error page would say 500.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = false);
        services.Configure<RazorPagesOptions>(options =>
        {
            options.Conventions.ConfigureFilter(new UnhandledPageRequests());
            options.Conventions.ConfigureFilter(new UnreadableForms());
        });
        services.Configure<MvcOptions>(options =>
        {
            options.ModelMetadataDetailsProviders.Add(new RouteStrings());
            // Readers of jQuery's bracket syntax (a[b]=1), which no form here sends; they throw on a
            // field name with a bracket left open ("a[=1") rather than leaving it unread.
            options.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
            options.ValueProviderFactories.RemoveType<JQueryQueryStringValueProviderFactory>();
        });
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context => Explain(context.HttpContext, context.ProblemDetails));
        return services;
    }

    // The error page for people, problem JSON for the API, each with the status the error deserves.
    public static void UseRequestErrorHandlers(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            StatusCodeSelector = StatusCodeOf,
            SuppressDiagnosticsCallback = context => IsClientError(context.Exception),
        });
        app.UseWhen(IsApi, api => api.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = StatusCodeOf,
            SuppressDiagnosticsCallback = context => IsClientError(context.Exception),
        }));
    }

    // After routing and before anyone is asked to sign in: what can be answered from the request line and headers alone.
    public static void UseRequestChecks(this WebApplication app) => app.Use((context, next) =>
    {
        if (IsErrorPage(context))
        {
            return next(context);
        }

        // An address that matches nothing is "not found" for everyone, not a sign-in prompt.
        if (context.GetEndpoint() is not { } endpoint)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        // Routing's own answers, 405 (with Allow) for a method an address does not take and 415 for a
        // body type it does not read, are endpoints without a route. They say nothing about what is
        // there, so they are given as they are rather than after a sign-in prompt.
        if (endpoint is not RouteEndpoint && endpoint.RequestDelegate is { } answer)
        {
            return answer(context);
        }

        // A JSON body in a charset that does not exist cannot be read, and the JSON reader throws
        // (InvalidOperationException) rather than refusing it.
        if (MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type) && type.Charset.HasValue && type.Encoding is null
            && (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return Task.CompletedTask;
        }

        return next(context);
    });

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    // The error page, speaking for a request that was refused (by these checks or anything else):
    // the request is the same one, so checking it again would refuse the page too.
    public static bool IsErrorPage(HttpContext context) =>
        context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null;

    // A request the server could not read (too large, cut short, malformed) is the sender's error.
    private static int StatusCodeOf(Exception exception) =>
        ClientError(exception) is { } bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;

    private static bool IsClientError(Exception exception) => ClientError(exception) is not null;

    private static BadHttpRequestException? ClientError(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is BadHttpRequestException { StatusCode: >= 400 and < 500 } bad)
            {
                return bad;
            }
        }

        return null;
    }

    // Words for the API's errors that have none of their own.
    private static void Explain(HttpContext context, ProblemDetails problem)
    {
        if (problem.Detail is not null || problem is HttpValidationProblemDetails)
        {
            return;
        }

        problem.Detail = problem.Status switch
        {
            StatusCodes.Status400BadRequest =>
                "The request could not be read: check its body is JSON of the shape described at /openapi/v1.json, and its parameters.",
            StatusCodes.Status404NotFound => "There is nothing at this address.",
            StatusCodes.Status405MethodNotAllowed => context.Response.Headers.Allow is { Count: > 0 } allow
                ? $"This address does not take {context.Request.Method}; it takes {allow}."
                : $"This address does not take {context.Request.Method}.",
            StatusCodes.Status413PayloadTooLarge => RequestBodyLimit.Of(context) is { } limit
                ? $"The request body is larger than {RequestBodyLimit.Describe(limit)}, the most Roundtable accepts."
                : "The request body is larger than Roundtable accepts.",
            StatusCodes.Status415UnsupportedMediaType =>
                "This address does not read a body of this content type; send JSON with Content-Type: application/json (in UTF-8).",
            _ => null,
        };
    }
}
