using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Breakouts;

// Who may use each page in this folder, read from the community's {slug}. Planning groups shows
// who asked for a quiet space, so it is for the people who run sessions; everyone taking part
// sees their own group, and only their own.
public static class Conventions
{
    public static void Declare(PageConventionCollection pages)
    {
        pages.AuthorizePage("/Communities/Breakouts/Plan", Policies.CommunityFacilitator);
        pages.AuthorizePage("/Communities/Breakouts/MyBreakout", Policies.CommunityMember);
    }
}
