using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities;

// Who may use each page about a community, read from its {slug}. A community someone may not
// know about answers "not found" (see CommunityRequirementHandler).
public static class Conventions
{
    public static void Declare(PageConventionCollection pages)
    {
        pages.AuthorizePage("/Communities/Community", Policies.CommunityVisitor);
        pages.AuthorizePage("/Communities/Settings", Policies.CommunityCoLead);
        pages.AuthorizePage("/Communities/New", Policies.CommunityFounder);
    }
}
