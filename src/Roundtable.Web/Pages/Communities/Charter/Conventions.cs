using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Charter;

// Who may use each page in this folder, read from the community's {slug}. Anyone who may know
// the community exists may read its charter and its history; members may suggest changes;
// co-leads change it. A page that does more for co-leads checks that itself.
public static class Conventions
{
    public static void Declare(PageConventionCollection pages)
    {
        pages.AuthorizePage("/Communities/Charter/Index", Policies.CommunityVisitor);
        pages.AuthorizePage("/Communities/Charter/History", Policies.CommunityVisitor);
        pages.AuthorizePage("/Communities/Charter/Version", Policies.CommunityVisitor);
        pages.AuthorizePage("/Communities/Charter/Compare", Policies.CommunityVisitor);
        pages.AuthorizePage("/Communities/Charter/EditSection", Policies.CommunityCoLead);
        pages.AuthorizePage("/Communities/Charter/Principles", Policies.CommunityCoLead);
        pages.AuthorizePage("/Communities/Charter/ToBeConfirmed", Policies.CommunityCoLead);
        pages.AuthorizePage("/Communities/Charter/Suggest", Policies.CommunityMember);
        pages.AuthorizePage("/Communities/Charter/Suggestions", Policies.CommunityMember);
    }
}
