using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Rooms;

// Who may use each page of the live room. A session's room is for anyone in the community (the
// page turns away people who are not, and sends guests to their own room); its console is for
// facilitators. A preparation meeting's room and console belong to the lived-expert group and its
// co-leads: to everyone else, site admins included, they answer "not found". Guests and the
// projector come in with links that carry their own secrets, and anyone may type a room's code
// (RoomCodes counts wrong ones), so those pages need no sign-in.
public static class Conventions
{
    public static void Declare(PageConventionCollection pages)
    {
        pages.AuthorizePage("/Communities/Rooms/Room", Policies.CommunityVisitor);
        pages.AuthorizePage("/Communities/Rooms/Console", Policies.CommunityFacilitator);
        pages.AuthorizePage("/Communities/Rooms/PreparationRoom", Policies.LivedExpertGroup);
        pages.AuthorizePage("/Communities/Rooms/PreparationConsole", Policies.LivedExpertGroup);
        pages.AllowAnonymousToPage("/Communities/Rooms/EnterCode");
        pages.AllowAnonymousToPage("/Communities/Rooms/Join");
        // The room's code leads here too: the short address its QR code holds.
        pages.AddPageRoute("/Communities/Rooms/Join", "join/{token}");
        pages.AllowAnonymousToPage("/Communities/Rooms/GuestRoom");
        pages.AllowAnonymousToPage("/Communities/Rooms/Projector");
    }
}
