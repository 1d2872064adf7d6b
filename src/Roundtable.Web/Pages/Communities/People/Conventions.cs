using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.People;

// Who may use each page in this folder, read from the community's {slug}. Access needs are for
// the people who plan sessions; the lived-expert group's page is for the group and its co-leads.
public static class Conventions
{
    public static void Declare(PageConventionCollection pages)
    {
        pages.AuthorizePage("/Communities/People/Me", Policies.CommunityMember);
        pages.AuthorizePage("/Communities/People/MePart", Policies.CommunityMember);
        pages.AuthorizePage("/Communities/People/Directory", Policies.CommunityMember);
        pages.AuthorizePage("/Communities/People/AccessNeeds", Policies.CommunityFacilitator);
        pages.AuthorizePage("/Communities/People/LivedExpertGroup", Policies.LivedExpertGroup);
        pages.AuthorizePage("/Communities/People/WhoShouldBeHere", Policies.CommunityCoLead);
        pages.AuthorizePage("/Communities/People/SubGroupList", Policies.CommunityMember);
        pages.AuthorizePage("/Communities/People/NewSubGroup", Policies.CommunityCoLead);
        pages.AuthorizePage("/Communities/People/SubGroup", Policies.CommunityMember);
    }
}
