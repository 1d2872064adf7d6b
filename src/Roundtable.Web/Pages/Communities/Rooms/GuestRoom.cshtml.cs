using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Charter;
using Roundtable.Core.Data;
using Roundtable.Core.Rooms;

namespace Roundtable.Web.Pages.Communities.Rooms;

// The room of the one session a guest was given the join link for: their browser's guest cookie
// says which, and it opens no other room and no other page.
public class GuestRoomModel(
    RoundtableDb db, LiveRooms rooms, RoomLinks links, Charters charters, Contributions contributions, Reactions reactions, RoomRecord record, Prompts prompts, TimeProvider clock)
    : ParticipantRoomModel(db, charters, contributions, reactions, record, prompts, clock)
{
    public override string Here => RoomPages.GuestRoomPath;

    protected override async Task<IActionResult?> EnterAsync(CancellationToken cancellationToken)
    {
        if (Request.Cookies[RoomPages.GuestCookie] is not { } token || await links.FindGuestAsync(token, cancellationToken) is not { } guest)
        {
            return NotFound();
        }

        var room = await rooms.FindAsync(guest.RoomId, cancellationToken);
        if (room is null || !RoomAccess.TakesGuests(room.Session))
        {
            return NotFound();
        }

        var community = await Db.Communities.AsNoTracking().SingleAsync(c => c.Id == room.Session.CommunityId, cancellationToken);
        Enter(new RoomVisit(community, room.Session, room, Participant.Guest(guest.Id), RoomRole.Participant, guest.DisplayName ?? "A guest", BreakoutSeat.None));
        return null;
    }
}
