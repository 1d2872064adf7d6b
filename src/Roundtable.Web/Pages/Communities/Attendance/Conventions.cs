using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Attendance;

// Who may use each page in this folder, read from the community's {slug}. Members see the
// community's figures; who came is recorded by the people who run sessions.
public static class Conventions
{
    public static void Declare(PageConventionCollection pages)
    {
        pages.AuthorizePage("/Communities/Attendance/Register", Policies.CommunityFacilitator);
        pages.AuthorizePage("/Communities/Attendance/AcrossSessions", Policies.CommunityMember);
    }
}
