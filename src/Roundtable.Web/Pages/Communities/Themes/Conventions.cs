using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Themes;

// Who may use each page in this folder, read from the community's {slug}. Themes are the members'
// own: only members read them, and co-leads decide them (the theme page's forms check that too).
// A theme heard only in preparation meetings answers "not found" outside the lived-expert group,
// and so does finding themes in a preparation meeting.
public static class Conventions
{
    public static void Declare(PageConventionCollection pages)
    {
        pages.AuthorizePage("/Communities/Themes/Index", Policies.CommunityMember);
        pages.AuthorizePage("/Communities/Themes/Theme", Policies.CommunityMember);
        pages.AuthorizePage("/Communities/Themes/Find", Policies.CommunityCoLead);
        pages.AuthorizePage("/Communities/Themes/Embeddings", Policies.CommunityCoLead);
        pages.AuthorizePage("/Communities/Themes/PreparationFind", Policies.LivedExpertGroup);
        pages.AuthorizePage("/Communities/Themes/PreparationFind", Policies.CommunityCoLead);
    }
}
