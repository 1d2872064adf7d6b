using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Sessions;

// Who may know a session exists. Sessions are for anyone who may see the community;
// preparation meetings belong to the lived-expert group (and the co-leads who support it), and
// are invisible to everyone else, site admins included.
public static class SessionAccess
{
    public static bool CanSee(SessionKind kind, Membership? membership) =>
        kind == SessionKind.Session || CommunityAccess.InLivedExpertSpace(membership);

    public static IQueryable<Session> VisibleTo(this IQueryable<Session> sessions, Membership? membership) =>
        CommunityAccess.InLivedExpertSpace(membership) ? sessions : sessions.Where(s => s.Kind == SessionKind.Session);
}
