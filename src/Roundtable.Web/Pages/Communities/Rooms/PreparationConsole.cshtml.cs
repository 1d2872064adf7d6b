using Roundtable.Core.Charter;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Mail;
using Roundtable.Core.Rooms;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Rooms;

public class PreparationConsoleModel(
    CurrentCommunity current, RoundtableDb db, LiveRooms rooms, RoomLinks links, RoomSeats seats, Charters charters, Prompts prompts,
    Contributions contributions, Moderation moderation, RoomRecord record, RoomCodes codes, ILinks addresses, TimeProvider clock)
    : FacilitatorConsoleModel(current, db, rooms, links, seats, charters, prompts, contributions, moderation, record, codes, addresses, clock)
{
    public override SessionKind Kind => SessionKind.PreparationMeeting;
}
