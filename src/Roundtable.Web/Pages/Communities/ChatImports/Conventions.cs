using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.ChatImports;

// Who may import a meeting's chat or transcript: those who import its attendance (facilitators).
// A preparation meeting's is the lived-expert group's: its facilitators and co-leads only, and
// "not found" to everyone else, as its room is.
public static class Conventions
{
    public static void Declare(PageConventionCollection pages)
    {
        pages.AuthorizePage("/Communities/ChatImports/Import", Policies.CommunityFacilitator);
        pages.AuthorizePage("/Communities/ChatImports/PreparationImport", Policies.LivedExpertGroup);
        pages.AuthorizePage("/Communities/ChatImports/PreparationImport", Policies.CommunityFacilitator);
    }
}
