using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.YouSaidWeDid;

// Who may use each page in this folder, read from the community's {slug}. Members read the ledger
// and each request; facilitators and co-leads add requests; co-leads and a request's owner change
// it (the request page checks that, through Core). The board is for anyone who may know the
// community, but shows itself to someone not in it only when its co-leads made it public.
public static class Conventions
{
    public static void Declare(PageConventionCollection pages)
    {
        pages.AuthorizePage("/Communities/YouSaidWeDid/Index", Policies.CommunityMember);
        pages.AuthorizePage("/Communities/YouSaidWeDid/Ask", Policies.CommunityMember);
        pages.AuthorizePage("/Communities/YouSaidWeDid/New", Policies.CommunityFacilitator);
        pages.AuthorizePage("/Communities/YouSaidWeDid/Acknowledge", Policies.CommunityFacilitator);
        pages.AuthorizePage("/Communities/YouSaidWeDid/Board", Policies.CommunityVisitor);
    }
}
