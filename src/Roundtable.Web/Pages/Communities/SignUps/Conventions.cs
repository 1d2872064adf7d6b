using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.SignUps;

// Who may use each page in this folder, read from the community's {slug}. Members sign up; the
// lists of who signed up and what they need are for the people who run sessions.
public static class Conventions
{
    public static void Declare(PageConventionCollection pages)
    {
        pages.AuthorizePage("/Communities/SignUps/SignUp", Policies.CommunityMember);
        pages.AuthorizePage("/Communities/SignUps/SignUps", Policies.CommunityFacilitator);
    }
}
