using Microsoft.AspNetCore.Authorization;
using Roundtable.Core.Communities;
using Roundtable.Core.People;

namespace Roundtable.Web.Security;

public sealed class FounderRequirement : IAuthorizationRequirement;

// Who may start a new community (CommunityFounding.MayFoundAsync says).
public sealed class FounderHandler(CommunityFounding founding) : AuthorizationHandler<FounderRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, FounderRequirement requirement)
    {
        if (await founding.MayFoundAsync(context.User.PersonId(), context.User.IsInRole(SiteRoles.Admin)))
        {
            context.Succeed(requirement);
        }
    }
}
