using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Reports;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.PageTests.Reports;

// Reports laid straight into the database with hand-made words, for the tables of who may read
// what: the drafters have tests of their own.
public static class ReportPagesTestData
{
    public static ReportDocument Words(string said) => new(
        ReportKind.StaffBriefing, "Second Community of Practice Session", "Staff briefing · 3 June 2026 · A community",
        [new ReportFigure("43", "attended (holding from Session 1)", "The register for session 2.")],
        [new ReportSection("What we did", [new ReportLine(said)])]);

    public static async Task<Guid> AddReportAsync(this RoundtableApp app, Community community, Session session, Person by, string said, bool published, bool isPublic = false) =>
        await app.WithDbAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var report = new Report
            {
                CommunityId = community.Id, Kind = ReportKind.StaffBriefing, Title = "Second Community of Practice Session",
                CreatedById = by.Id, CreatedAt = now, IsPublic = isPublic, SubmissionKey = Guid.NewGuid(),
            };
            report.Sessions.Add(await db.Sessions.SingleAsync(s => s.Id == session.Id));
            report.Versions.Add(new ReportVersion
            {
                ReportId = report.Id, Number = 1, Document = ReportJson.Write(Words(said)), CreatedById = by.Id, CreatedAt = now,
                PublishedAt = published ? now : null, PublishedById = published ? by.Id : null, SubmissionKey = Guid.NewGuid(),
            });
            db.Reports.Add(report);
            await db.SaveChangesAsync();
            return report.Id;
        });

    public static Task<List<ReportVersion>> VersionsNowAsync(this RoundtableApp app, Guid reportId) =>
        app.WithDbAsync(db => db.ReportVersions.AsNoTracking().Where(v => v.ReportId == reportId).OrderBy(v => v.Number).ToListAsync());
}
