using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Reports;

namespace Roundtable.Core.DemoData;

// Brackenmouth's session 2 staff briefing, drafted from what the demo recorded and published by
// its founding co-lead two days after the session, so a new user sees one. Names the check finds
// are kept only where their person agreed to be named (the co-lead confirms those); anything
// else leaves it a draft.
public static class DemoReports
{
    public static async Task PublishAsync(
        RoundtableDb db, StoryClock story, Community community, IReadOnlyList<Session> sessions, Guid founderId, IEnumerable<IReportDrafter> drafters,
        CancellationToken cancellationToken)
    {
        var session = sessions.Single(s => s.Kind == SessionKind.Session && s.Number == DemoConnections.Session);
        story.MoveTo(session.EndsAt.AddDays(2));
        var reports = new CommunityReports(db, story, drafters);
        var coLead = new ReportReader(founderId, CommunityRole.CoLead, false);
        var drafted = await reports.DraftAsync(community.Id, ReportKind.StaffBriefing, [session.Id], coLead, Guid.CreateVersion7(), cancellationToken);
        if (drafted.Outcome != CommunityReports.Outcome.Saved)
        {
            return;
        }

        var findings = await reports.CheckAsync(community.Id, drafted.Version!, [], cancellationToken);
        await reports.PublishAsync(community.Id, drafted.Report!.Id, 1, findings.Where(f => f.MayConfirm).Select(f => f.Found).ToList(), coLead, cancellationToken);
    }
}
