using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Resources;

// Who may use each page in this folder, read from the community's {slug}. Resources are the
// members' own: members read, add and download them; the person who added one and the co-leads
// change or remove it (the pages check that). One tagged to a preparation meeting answers "not
// found" outside the lived-expert group.
public static class Conventions
{
    public static void Declare(PageConventionCollection pages)
    {
        pages.AuthorizePage("/Communities/Resources/Index", Policies.CommunityMember);
        pages.AuthorizePage("/Communities/Resources/New", Policies.CommunityMember);
        pages.AuthorizePage("/Communities/Resources/Resource", Policies.CommunityMember);
        pages.AuthorizePage("/Communities/Resources/Edit", Policies.CommunityMember);
        pages.AuthorizePage("/Communities/Resources/Download", Policies.CommunityMember);
    }
}
