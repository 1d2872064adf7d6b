using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.People;

namespace Roundtable.Web.Security;

public sealed class FounderRequirement : IAuthorizationRequirement;

// Who may start a new community: a site admin, or anyone already trusted to co-lead one.
public sealed class FounderHandler(RoundtableDb db) : AuthorizationHandler<FounderRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, FounderRequirement requirement)
    {
        var personId = context.User.PersonId();
        if (context.User.IsInRole(SiteRoles.Admin) ||
            (personId is not null && await db.Memberships.AnyAsync(m => m.PersonId == personId && m.Role == CommunityRole.CoLead && m.LeftAt == null)))
        {
            context.Succeed(requirement);
        }
    }
}
