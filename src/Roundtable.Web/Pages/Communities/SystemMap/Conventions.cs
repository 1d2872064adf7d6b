using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.SystemMap;

// Who may use each page in this folder, read from the community's {slug}. The system map is the
// members': any member reads it and adds to it; who may change or remove an entry (the member who
// added it, or a co-lead) is asked of Core by the pages that do it (MapEntries.MayChange).
public static class Conventions
{
    public static void Declare(PageConventionCollection pages)
    {
        pages.AuthorizePage("/Communities/SystemMap/Index", Policies.CommunityMember);
        pages.AuthorizePage("/Communities/SystemMap/Diagram", Policies.CommunityMember);
        pages.AuthorizePage("/Communities/SystemMap/Entry", Policies.CommunityMember);
        pages.AuthorizePage("/Communities/SystemMap/NewEntry", Policies.CommunityMember);
        pages.AuthorizePage("/Communities/SystemMap/EditEntry", Policies.CommunityMember);
    }
}
