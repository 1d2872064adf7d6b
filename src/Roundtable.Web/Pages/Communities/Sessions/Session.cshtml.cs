using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Web.Security;
using SessionBreakouts = Roundtable.Core.Sessions.Breakouts;

namespace Roundtable.Web.Pages.Communities.Sessions;

public class SessionModel(
    CurrentCommunity current, SessionSchedule schedule, SignUps signUps, AttendanceFigures figures, SessionBreakouts breakouts, TimeProvider clock)
    : MeetingModel(current, schedule, signUps, figures, breakouts, clock)
{
    public override SessionKind Kind => SessionKind.Session;
}
