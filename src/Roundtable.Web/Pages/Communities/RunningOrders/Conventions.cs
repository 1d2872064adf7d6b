using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.RunningOrders;

// Who may use each page in this folder, read from the community's {slug}: facilitators plan a
// session's running order (members read it on the session's page).
public static class Conventions
{
    public static void Declare(PageConventionCollection pages) =>
        pages.AuthorizePage("/Communities/RunningOrders/RunningOrder", Policies.CommunityFacilitator);
}
