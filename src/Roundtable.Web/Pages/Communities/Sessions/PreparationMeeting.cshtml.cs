using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Sessions;

public class PreparationMeetingModel(CurrentCommunity current, SessionSchedule schedule, TimeProvider clock) : MeetingModel(current, schedule, clock)
{
    public override SessionKind Kind => SessionKind.PreparationMeeting;
}
