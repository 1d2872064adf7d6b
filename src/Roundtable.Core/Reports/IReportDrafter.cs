namespace Roundtable.Core.Reports;

// Drafts one kind of report from the data. Null when the subject is not there to report on (a
// session of another community, a preparation meeting, a cancelled session).
public interface IReportDrafter
{
    ReportKind Kind { get; }

    Task<ReportDocument?> DraftAsync(ReportSubject subject, CancellationToken cancellationToken);
}
