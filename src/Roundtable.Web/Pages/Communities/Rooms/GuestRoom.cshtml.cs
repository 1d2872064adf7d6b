using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Charter;
using Roundtable.Core.Data;
using Roundtable.Core.Rooms;

namespace Roundtable.Web.Pages.Communities.Rooms;

// The room of the one session a guest was given the join link for: their browser's guest cookie
// says which, and it opens no other room and no other page.
public class GuestRoomModel(
    RoundtableDb db, RoomSeats seats, Charters charters, Contributions contributions, Reactions reactions, RoomRecord record, Prompts prompts, TimeProvider clock)
    : ParticipantRoomModel(db, charters, contributions, reactions, record, prompts, clock)
{
    public override string Here => RoomPages.GuestRoomPath;

    protected override async Task<IActionResult?> EnterAsync(CancellationToken cancellationToken)
    {
        if (Request.Cookies[RoomPages.GuestCookie] is not { } token || await seats.ForGuestAsync(token, cancellationToken: cancellationToken) is not { } seat)
        {
            return NotFound();
        }

        var community = await Db.Communities.AsNoTracking().SingleAsync(c => c.Id == seat.Session.CommunityId, cancellationToken);
        var name = await Db.RoomGuests.AsNoTracking().Where(g => g.Id == seat.Who!.Value.GuestId).Select(g => g.DisplayName).SingleAsync(cancellationToken);
        Enter(new RoomVisit(community, seat, name ?? "A guest"));
        return null;
    }
}
