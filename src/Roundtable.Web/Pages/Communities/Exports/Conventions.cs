using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Exports;

// Who may download the community's records as CSV: the people who run its sessions. The files
// leave the app, so members read the same records on the pages instead.
public static class Conventions
{
    public static void Declare(PageConventionCollection pages)
    {
        pages.AuthorizePage("/Communities/Exports/AttendanceCsv", Policies.CommunityFacilitator);
        pages.AuthorizePage("/Communities/Exports/ContributionsCsv", Policies.CommunityFacilitator);
        pages.AuthorizePage("/Communities/Exports/LedgerCsv", Policies.CommunityFacilitator);
    }
}
