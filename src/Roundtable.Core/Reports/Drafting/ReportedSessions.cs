using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Reports.Drafting;

// The sessions a report may be about: sessions of the subject's community that took place as
// planned. A preparation meeting is never reported on (what is said there stays with the
// lived-expert group), nor a cancelled session, nor one of another community.
public static class ReportedSessions
{
    public static async Task<Session?> OneAsync(RoundtableDb db, ReportSubject subject, CancellationToken cancellationToken)
    {
        if (subject.SessionIds.Count != 1)
        {
            return null;
        }

        var sessions = await ManyAsync(db, subject, cancellationToken);
        return sessions.Count == 1 ? sessions[0] : null;
    }

    // All of them or none: a series report with one session it may not report on is not drafted.
    public static async Task<IReadOnlyList<Session>> ManyAsync(RoundtableDb db, ReportSubject subject, CancellationToken cancellationToken)
    {
        var ids = subject.SessionIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var sessions = await db.Sessions.AsNoTracking().Include(s => s.Community).Include(s => s.RunningOrder)
            .Where(s => ids.Contains(s.Id) && s.CommunityId == subject.CommunityId
                        && s.Kind == SessionKind.Session && s.Status == SessionStatus.Scheduled)
            .ToListAsync(cancellationToken);
        return sessions.Count == ids.Count ? sessions.OrderBy(s => s.StartsAt).ThenBy(s => s.Number).ToList() : [];
    }
}
