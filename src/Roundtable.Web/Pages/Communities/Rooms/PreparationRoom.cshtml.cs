using Roundtable.Core.Charter;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Rooms;

public class PreparationRoomModel(
    CurrentCommunity current, RoundtableDb db, RoomSeats seats, Charters charters, Contributions contributions, Reactions reactions, RoomRecord record, Prompts prompts, TimeProvider clock)
    : MemberRoomModel(current, db, seats, charters, contributions, reactions, record, prompts, clock)
{
    public override SessionKind Kind => SessionKind.PreparationMeeting;
}
