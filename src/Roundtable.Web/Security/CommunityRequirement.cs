using Microsoft.AspNetCore.Authorization;
using Roundtable.Core.Communities;

namespace Roundtable.Web.Security;

public sealed class CommunityRequirement : IAuthorizationRequirement
{
    private CommunityRequirement(Func<CurrentCommunity.Place, bool> isMet) => IsMet = isMet;

    public Func<CurrentCommunity.Place, bool> IsMet { get; }

    public static CommunityRequirement Visitor { get; } = new(_ => true);

    public static CommunityRequirement LivedExpertSpace { get; } = new(place => place.InLivedExpertSpace);

    public static CommunityRequirement AtLeast(CommunityRole role) => new(place => place.Allows(role));
}

// Reads the community from the route's {slug}. A community the caller may not know about is
// answered as "not found", not "forbidden", so its existence is not given away.
public sealed class CommunityRequirementHandler(CurrentCommunity current) : AuthorizationHandler<CommunityRequirement>
{
    public const string Hidden = "community-hidden";

    // Whether the request was refused because the community is hidden from the caller.
    // Kept on the request because a refusal to someone not signed in carries no reasons.
    public static bool WasHidden(HttpContext http) => http.Items.ContainsKey(Hidden);

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, CommunityRequirement requirement)
    {
        if (context.Resource is not HttpContext http)
        {
            return;
        }

        var place = await current.FindAsync(http.GetRouteValue("slug") as string, context.User, http.RequestAborted);
        if (place is null || !place.CanSee || (requirement == CommunityRequirement.LivedExpertSpace && !place.InLivedExpertSpace))
        {
            http.Items[Hidden] = true;
            context.Fail(new AuthorizationFailureReason(this, Hidden));
            return;
        }

        if (requirement.IsMet(place))
        {
            context.Succeed(requirement);
        }
    }
}
