using Microsoft.AspNetCore.OutputCaching;
using Roundtable.Core.Attendance;
using Roundtable.Core.Breakouts;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Core.SignUps;
using Roundtable.Core.Themes;
using Roundtable.Web.Hosting;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Sessions;

// Kept whole for visitors who are not signed in: see AnonymousPages.
[OutputCache(PolicyName = AnonymousPages.Policy)]
public class SessionModel(
    CurrentCommunity current, SessionOverviews overviews, SigningUp signingUp, AttendanceFigures figures, BreakoutGroups breakouts, CommunityThemes themes, TimeProvider clock)
    : MeetingModel(current, overviews, signingUp, figures, breakouts, themes, clock)
{
    public override SessionKind Kind => SessionKind.Session;
}
