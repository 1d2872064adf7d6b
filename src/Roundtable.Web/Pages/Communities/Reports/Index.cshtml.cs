using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Reports;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Reports;

// The community's reports, session by session: published ones for members; drafts too, and a
// button to draft each kind, for co-leads and facilitators. A series report chooses its sessions.
public class IndexModel(CurrentCommunity current, CommunityReports reports, RoundtableDb db, TimeProvider clock) : PageModel
{
    public static readonly ReportKind[] OneSessionKinds =
        [ReportKind.StaffBriefing, ReportKind.SessionSummary, ReportKind.ChatOverview, ReportKind.PhotoPage];

    [FromRoute]
    public string Slug { get; set; } = "";

    public Community Community { get; private set; } = null!;

    public bool MayWrite { get; private set; }

    public IReadOnlyList<CommunityReports.ReportEntry> Entries { get; private set; } = [];

    // Sessions that have taken place, newest first: what a report can be drafted about.
    public IReadOnlyList<Session> Sessions { get; private set; } = [];

    public IReadOnlyList<ReportKind> Drafted => [.. OneSessionKinds.Where(reports.CanDraft)];

    public bool CanDraftSeries => reports.CanDraft(ReportKind.SeriesReport);

    public Guid SubmissionKey { get; } = Guid.NewGuid();

    // The session whose drafting form has a problem, to show it beside that form.
    public Guid? ProblemSession { get; private set; }

    [BindProperty]
    public List<Guid> SeriesSessionIds { get; set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostDraftAsync(ReportKind kind, Guid sessionId, Guid submissionKey, CancellationToken cancellationToken)
    {
        var result = await DraftAsync(kind, [sessionId], submissionKey, cancellationToken);
        if (result is not null)
        {
            return result;
        }

        ProblemSession = sessionId;
        ModelState.MoveProblems("SessionIds", $"Draft-{sessionId}");
        ModelState.MoveProblems("Kind", $"Draft-{sessionId}");
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSeriesAsync(Guid submissionKey, CancellationToken cancellationToken)
    {
        var result = await DraftAsync(ReportKind.SeriesReport, SeriesSessionIds, submissionKey, cancellationToken);
        if (result is not null)
        {
            return result;
        }

        ModelState.MoveProblems("SessionIds", nameof(SeriesSessionIds));
        ModelState.MoveProblems("Kind", nameof(SeriesSessionIds));
        await LoadAsync(cancellationToken);
        return Page();
    }

    public IEnumerable<CommunityReports.ReportEntry> About(Session session) =>
        Entries.Where(e => e.Report.Kind != ReportKind.SeriesReport && e.Report.Sessions.Any(s => s.Id == session.Id));

    public IEnumerable<CommunityReports.ReportEntry> Series => Entries.Where(e => e.Report.Kind == ReportKind.SeriesReport);

    private async Task<IActionResult?> DraftAsync(ReportKind kind, IReadOnlyList<Guid> sessionIds, Guid submissionKey, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(Slug, User, cancellationToken))!;
        var result = await reports.DraftAsync(here.Community.Id, kind, sessionIds, here.ReportReader(User), submissionKey, cancellationToken);
        switch (result.Outcome)
        {
            case CommunityReports.Outcome.NotAllowed:
                return Forbid();
            case CommunityReports.Outcome.NotFound:
                return NotFound();
            case CommunityReports.Outcome.Invalid:
                ModelState.AddProblems(result.Problems, "");
                return null;
        }

        TempData.Notify($"{ReportNames.Of(kind)} drafted. Check every line before publishing.");
        return Redirect(ReportWords.Path(Slug, result.Report!.Id));
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(Slug, User, cancellationToken))!;
        Community = here.Community;
        var reader = here.ReportReader(User);
        MayWrite = reader.MayWrite;
        Entries = await reports.ListAsync(Community.Id, reader, cancellationToken);
        var now = clock.GetUtcNow();
        Sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.CommunityId == Community.Id && s.Kind == SessionKind.Session && s.Status != SessionStatus.Cancelled && s.StartsAt <= now)
            .OrderByDescending(s => s.StartsAt)
            .ToListAsync(cancellationToken);
    }
}
