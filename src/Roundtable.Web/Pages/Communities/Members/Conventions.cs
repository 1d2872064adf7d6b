using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Members;

// Who may use each page in this folder, read from the community's {slug}.
public static class Conventions
{
    public static void Declare(PageConventionCollection pages)
    {
        pages.AuthorizePage("/Communities/Members/Invite", Policies.CommunityCoLead);
        pages.AuthorizePage("/Communities/Members/Manage", Policies.CommunityCoLead);
        pages.AuthorizePage("/Communities/Members/Requests", Policies.CommunityCoLead);

        // Asking to join needs an account, and a community the person may know exists: an
        // invitation-only community stays "not found" to everyone outside it.
        pages.AuthorizePage("/Communities/Members/Join", Policies.SignedIn);
        pages.AuthorizePage("/Communities/Members/Join", Policies.CommunityVisitor);

        pages.AuthorizePage("/Communities/Members/Leave", Policies.CommunityMember);
    }
}
