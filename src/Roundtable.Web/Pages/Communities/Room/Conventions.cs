using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Room;

// Who may use each page of the live room. A session's room is for anyone in the community (the
// page turns away people who are not, and sends guests to their own room); its console is for
// facilitators. A preparation meeting's room and console belong to the lived-expert group and its
// co-leads: to everyone else, site admins included, they answer "not found". Guests and the
// projector come in with links that carry their own secrets, so those pages need no sign-in.
public static class Conventions
{
    public static void Declare(PageConventionCollection pages)
    {
        pages.AuthorizePage("/Communities/Room/Room", Policies.CommunityVisitor);
        pages.AuthorizePage("/Communities/Room/Console", Policies.CommunityFacilitator);
        pages.AuthorizePage("/Communities/Room/PreparationRoom", Policies.LivedExpertGroup);
        pages.AuthorizePage("/Communities/Room/PreparationConsole", Policies.LivedExpertGroup);
        pages.AllowAnonymousToPage("/Communities/Room/Join");
        pages.AllowAnonymousToPage("/Communities/Room/GuestRoom");
        pages.AllowAnonymousToPage("/Communities/Room/Projector");
    }
}
