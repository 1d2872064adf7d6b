using Microsoft.AspNetCore.Authorization;
using Roundtable.Core.Communities;
using Roundtable.Core.People;

namespace Roundtable.Web.Security;

// Every page folder and API group names one of these. Anything that names none is refused
// to anyone not signed in (the fallback policy), and a test fails until it declares one.
public static class Policies
{
    public const string SignedIn = nameof(SignedIn);
    public const string SiteAdmin = nameof(SiteAdmin);
    public const string OutboxReader = nameof(OutboxReader);

    // Anyone who may know the community exists: everyone for a listed community.
    public const string CommunityVisitor = nameof(CommunityVisitor);
    public const string CommunityMember = nameof(CommunityMember);
    public const string CommunityFacilitator = nameof(CommunityFacilitator);
    public const string CommunityCoLead = nameof(CommunityCoLead);
    public const string LivedExpertGroup = nameof(LivedExpertGroup);

    // May start a new community: a site admin or a co-lead of any community.
    public const string CommunityFounder = nameof(CommunityFounder);

    public const string ApiUser = nameof(ApiUser);

    public static void Add(AuthorizationOptions options)
    {
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();

        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.AddPolicy(SiteAdmin, p => p.RequireAuthenticatedUser().RequireRole(SiteRoles.Admin));
        options.AddPolicy(OutboxReader, p => p.AddRequirements(new OutboxReaderRequirement()));

        options.AddPolicy(CommunityVisitor, p => p.AddRequirements(CommunityRequirement.Visitor));
        options.AddPolicy(CommunityMember, p => p.RequireAuthenticatedUser().AddRequirements(CommunityRequirement.AtLeast(CommunityRole.Member)));
        options.AddPolicy(CommunityFacilitator, p => p.RequireAuthenticatedUser().AddRequirements(CommunityRequirement.AtLeast(CommunityRole.Facilitator)));
        options.AddPolicy(CommunityCoLead, p => p.RequireAuthenticatedUser().AddRequirements(CommunityRequirement.AtLeast(CommunityRole.CoLead)));
        options.AddPolicy(LivedExpertGroup, p => p.RequireAuthenticatedUser().AddRequirements(CommunityRequirement.LivedExpertSpace));

        options.AddPolicy(CommunityFounder, p => p.RequireAuthenticatedUser().AddRequirements(new FounderRequirement()));

        options.AddPolicy(ApiUser, p => p.AddAuthenticationSchemes(ApiTokenAuthentication.SchemeName).RequireAuthenticatedUser());
    }
}
