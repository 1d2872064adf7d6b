using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Attendance;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;

namespace Roundtable.Core.Communities;

// What a community's page shows everyone who may see it: its co-leads (named as each chose, all
// alike), how many members it has, its discussion principles, and for its members the next
// session and the attendance so far. The same for all of them and read on every visit, so it is
// kept (see KeptReads); what is someone's own is read for them alone.
public sealed record CommunityOverview(
    IReadOnlyList<string> CoLeads,
    int MemberCount,
    IReadOnlyList<DiscussionPrinciple> Principles,
    Session? NextSession,
    IReadOnlyList<SessionFigures> Attendance);

public sealed class CommunityOverviews(RoundtableDb db, AttendanceFigures figures, KeptReads kept, TimeProvider clock)
{
    public Task<CommunityOverview> ForAsync(Guid communityId, CancellationToken cancellationToken = default) =>
        kept.GetAsync((nameof(CommunityOverview), communityId), read => ReadAsync(communityId, read), cancellationToken);

    private async Task<CommunityOverview> ReadAsync(Guid communityId, CancellationToken cancellationToken)
    {
        var members = db.Memberships.AsNoTracking().Where(m => m.CommunityId == communityId && m.LeftAt == null);
        // Only what naming them needs, not each co-lead's whole membership and account.
        var coLeads = await members.Where(m => m.Role == CommunityRole.CoLead)
            .OrderBy(m => m.JoinedAt)
            .Select(m => new { m.Naming, m.Person.DisplayName, m.JobRole, m.Organisation })
            .ToListAsync(cancellationToken);
        var memberCount = await members.CountAsync(cancellationToken);
        var principles = await db.DiscussionPrinciples.AsNoTracking()
            .Where(p => p.VersionId == db.CharterVersions.Where(v => v.CommunityId == communityId).OrderByDescending(v => v.Number).Select(v => v.Id).FirstOrDefault())
            .OrderBy(p => p.Position)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var nextSession = await db.Sessions.AsNoTracking()
            .Where(s => s.CommunityId == communityId && s.Kind == SessionKind.Session && s.Status == SessionStatus.Scheduled && s.EndsAt > now)
            .OrderBy(s => s.StartsAt)
            .FirstOrDefaultAsync(cancellationToken);
        return new CommunityOverview(
            coLeads.Select(c => MemberNames.AsTheyChose(c.Naming, c.DisplayName, c.JobRole, c.Organisation)).ToList(),
            memberCount,
            principles,
            nextSession,
            await figures.ForCommunityAsync(communityId, cancellationToken));
    }
}
