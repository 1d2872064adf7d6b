using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Sessions;

// Who may use each page in this folder, read from the community's {slug}. Anyone who may see the
// community may see its sessions; facilitators change them; co-leads plan
// series. Preparation meetings belong to the lived-expert group and its co-leads: to everyone else,
// site admins included, they answer "not found".
public static class Conventions
{
    public static void Declare(PageConventionCollection pages)
    {
        pages.AuthorizePage("/Communities/Sessions/Index", Policies.CommunityVisitor);
        pages.AuthorizePage("/Communities/Sessions/Plan", Policies.CommunityCoLead);
        pages.AuthorizePage("/Communities/Sessions/Session", Policies.CommunityVisitor);
        pages.AuthorizePage("/Communities/Sessions/Edit", Policies.CommunityFacilitator);
        pages.AuthorizePage("/Communities/Sessions/PreparationMeeting", Policies.LivedExpertGroup);
        pages.AuthorizePage("/Communities/Sessions/EditPreparationMeeting", Policies.LivedExpertGroup);
        pages.AuthorizePage("/Communities/Sessions/EditPreparationMeeting", Policies.CommunityCoLead);
    }
}
