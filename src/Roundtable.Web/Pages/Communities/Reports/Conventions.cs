using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Reports;

// Who may use each page in this folder, read from the community's {slug}. Members read the list of
// published reports; co-leads and facilitators draft, edit and publish (Core checks that too). A
// report, its versions and its photos are for anyone who may know the community, but show a
// version only to those Core says may read it: drafts to co-leads and facilitators, published
// versions to members, and to anyone once the report is public.
public static class Conventions
{
    public static void Declare(PageConventionCollection pages)
    {
        pages.AuthorizePage("/Communities/Reports/Index", Policies.CommunityMember);
        pages.AuthorizePage("/Communities/Reports/Edit", Policies.CommunityFacilitator);
        pages.AuthorizePage("/Communities/Reports/Report", Policies.CommunityVisitor);
        pages.AddPageRoute("/Communities/Reports/Report", "communities/{slug}/reports/{id:guid}/versions/{number:int}");
        pages.AuthorizePage("/Communities/Reports/Photo", Policies.CommunityVisitor);
    }
}
