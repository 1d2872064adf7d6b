using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Communities;

// Who may see and do what in a community. Pages, the API and (later) the live room all ask
// here, so the rules live in one place.
public static class CommunityAccess
{
    public static bool CanSee(CommunityVisibility visibility, CommunityRole? role, bool isSiteAdmin) =>
        visibility == CommunityVisibility.Listed || role is not null || isSiteAdmin;

    // Site admins look after the whole site, so they can act as a co-lead anywhere.
    public static bool Allows(CommunityRole? role, bool isSiteAdmin, CommunityRole minimum) =>
        isSiteAdmin || role >= minimum;

    // The lived-expert group's own space is for the group and the co-leads who support it;
    // a site admin is not let in by being an admin.
    public static bool InLivedExpertSpace(Membership? membership) =>
        membership is { InLivedExpertGroup: true } or { Role: CommunityRole.CoLead };

    public static IQueryable<Community> VisibleTo(this IQueryable<Community> communities, Guid? personId, bool isSiteAdmin) =>
        isSiteAdmin
            ? communities
            : communities.Where(c => c.Visibility == CommunityVisibility.Listed ||
                                     c.Memberships.Any(m => m.PersonId == personId && m.LeftAt == null));
}
