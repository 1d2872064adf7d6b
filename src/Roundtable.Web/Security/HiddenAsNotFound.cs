using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Roundtable.Web.Security;

public sealed class HiddenAsNotFound : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler standard = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        var hidden = authorizeResult.AuthorizationFailure?.FailureReasons
            .Any(reason => reason.Message == CommunityRequirementHandler.Hidden) ?? false;
        if (hidden)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return standard.HandleAsync(next, context, policy, authorizeResult);
    }
}
