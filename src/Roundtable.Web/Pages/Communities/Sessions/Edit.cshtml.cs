using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Sessions;

public class EditModel(CurrentCommunity current, SessionSchedule schedule) : EditMeetingModel(current, schedule)
{
    public override SessionKind Kind => SessionKind.Session;
}
