using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Connections;

// Who may use each page in this folder, read from the community's {slug}. What happens after a
// session is the members' own: feedback (from those who came), next actions, connections and
// offers. Facilitators broker connections; who may see one, and move it on, is decided in Core
// (ConnectionVisibility): a connection someone may not see answers "not found".
public static class Conventions
{
    public static void Declare(PageConventionCollection pages)
    {
        pages.AuthorizePage("/Communities/Connections/Feedback", Policies.CommunityMember);
        pages.AuthorizePage("/Communities/Connections/NextActions", Policies.CommunityMember);
        pages.AuthorizePage("/Communities/Connections/Answers", Policies.CommunityFacilitator);
        pages.AuthorizePage("/Communities/Connections/Index", Policies.CommunityMember);
        pages.AuthorizePage("/Communities/Connections/New", Policies.CommunityFacilitator);
        pages.AuthorizePage("/Communities/Connections/Connection", Policies.CommunityMember);
        pages.AuthorizePage("/Communities/Connections/Offers", Policies.CommunityMember);
        pages.AuthorizePage("/Communities/Connections/Offer", Policies.CommunityMember);
    }
}
