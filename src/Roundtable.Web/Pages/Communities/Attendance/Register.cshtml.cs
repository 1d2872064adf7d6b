using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core;
using Roundtable.Core.Attendance;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Attendance;

// Who came to a session, for the facilitator: marked in the room (walk-ins in one click, late
// arrivals simply present), or imported from an online meeting's attendance report, with the
// rows that matched nobody listed to resolve. Every handler is safe to send twice.
public class RegisterModel(
    CurrentCommunity current, AttendanceRegister register, AttendanceRecords records, AttendanceFigures figures, TimeProvider clock)
    : PageModel
{
    // Core refused the change: the session takes no attendance (yet, or at all).
    private bool refused;

    [FromRoute]
    public string Slug { get; set; } = "";

    [FromRoute]
    public int Number { get; set; }

    [BindProperty]
    public MarkInput Mark { get; set; } = new();

    [BindProperty]
    public Guid? WalkIn { get; set; }

    [BindProperty]
    public string? GuestName { get; set; }

    [BindProperty]
    public IFormFile? Report { get; set; }

    public Community Community { get; private set; } = null!;

    public Session Session { get; private set; } = null!;

    // Why attendance cannot be recorded yet (or at all); null when it can.
    public string? Closed { get; private set; }

    public AttendanceRegister.Sheet Sheet { get; private set; } = null!;

    public SessionFigures? Figures { get; private set; }

    public ImportReportView? Imported { get; private set; }

    // The report row whose resolution had a problem, to show it there.
    public Guid? ProblemRow { get; private set; }

    public sealed class MarkInput
    {
        public List<Guid> Present { get; set; } = [];

        public List<Guid> Shown { get; set; } = [];

        public List<Guid> Guests { get; set; } = [];

        public List<Guid> ShownGuests { get; set; } = [];
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Imported = ImportReportView.Take(HttpContext, TempData);
        return Page();
    }

    public Task<IActionResult> OnPostMarkAsync(CancellationToken cancellationToken) => ActAsync(async by =>
    {
        var marks = new AttendanceRecords.Marks(Mark.Shown, Mark.Present, Mark.ShownGuests, Mark.Guests);
        var marked = await records.MarkAsync(Session, marks, by, cancellationToken);
        return marked.Change switch
        {
            AttendanceChange.Closed => Refused(),
            AttendanceChange.Unchanged => "Attendance saved. Nothing had changed.",
            _ => $"Attendance saved: {SessionPages.Plural(marked.Added, "person", "people")} added, {marked.Removed} taken off.",
        };
    }, cancellationToken);

    public Task<IActionResult> OnPostWalkInAsync(CancellationToken cancellationToken) => ActAsync(async by =>
    {
        var added = await records.AddMemberAsync(Session, new AttendanceRecords.WalkIn(WalkIn), by, cancellationToken);
        return added.Change switch
        {
            AttendanceChange.Closed => Refused(),
            AttendanceChange.Invalid => Show(added.Problems, _ => nameof(WalkIn)),
            AttendanceChange.Done => $"{added.Name} is marked as here.",
            _ => $"{added.Name} was already marked as here.",
        };
    }, cancellationToken);

    public Task<IActionResult> OnPostGuestAsync(CancellationToken cancellationToken) => ActAsync(async by =>
    {
        var added = await records.AddGuestAsync(Session, new AttendanceRecords.GuestWalkIn(GuestName), by, cancellationToken);
        return added.Change switch
        {
            AttendanceChange.Closed => Refused(),
            AttendanceChange.Invalid => Show(added.Problems),
            AttendanceChange.Done => $"{added.Name} is marked as here, as a guest.",
            _ => $"A guest called {added.Name} was already marked as here.",
        };
    }, cancellationToken);

    public Task<IActionResult> OnPostImportAsync(CancellationToken cancellationToken) => ActAsync(async by =>
    {
        if (Report is null)
        {
            ModelState.AddModelError(nameof(Report), "Choose the attendance report to import");
            return null;
        }

        AttendanceReport report;
        await using (var content = Report.OpenReadStream())
        {
            report = await AttendanceReport.ReadAsync(content, UkTimeZone.DateOf(Session.StartsAt), cancellationToken);
        }

        var imported = await records.ImportAsync(Session, report, by, cancellationToken);
        if (imported.Change == AttendanceChange.Closed)
        {
            return Refused();
        }

        if (imported.Summary is not { } summary)
        {
            return Show(imported.Problems);
        }

        ImportReportView.From(Path.GetFileName(Report.FileName), summary).Keep(TempData);
        return $"Attendance report imported: {SessionPages.Plural(summary.Added, "person", "people")} added, {summary.NotMatched.Count} not matched.";
    }, cancellationToken);

    public Task<IActionResult> OnPostResolveAsync(Guid unmatched, string? resolution, Guid? person, CancellationToken cancellationToken) => ActAsync(async by =>
    {
        AttendanceRecords.Resolution? how = Enum.TryParse<AttendanceRecords.Resolution>(resolution, out var chosen) ? chosen : null;
        var settled = await records.ResolveAsync(Session, new AttendanceRecords.Settle(unmatched, how, person), by, cancellationToken);
        if (settled.Change == AttendanceChange.Invalid)
        {
            ProblemRow = unmatched;
            return Show(settled.Problems, _ => ResolveKey(unmatched));
        }

        var row = settled.Row?.Name;
        return settled.Change switch
        {
            AttendanceChange.Closed => Refused(),
            AttendanceChange.NotFound => settled.Refusal,
            AttendanceChange.Unchanged => $"{row} had already been resolved.",
            _ => how switch
            {
                AttendanceRecords.Resolution.Member => $"{row} is {settled.Member}, marked as here.",
                AttendanceRecords.Resolution.Guest => $"{row} is marked as here, as a guest.",
                _ => $"{row} has been left out.",
            },
        };
    }, cancellationToken);

    // A row matched as they chose for an earlier report was wrong: undo it and ask again.
    public Task<IActionResult> OnPostForgetAsync(Guid remembered, CancellationToken cancellationToken) => ActAsync(async _ =>
    {
        var forgotten = await records.ForgetAsync(Session, remembered, cancellationToken);
        return forgotten.Change switch
        {
            AttendanceChange.Closed => Refused(),
            AttendanceChange.NotFound => forgotten.Refusal,
            _ => $"‘{forgotten.InReport}’ is no longer matched to anyone. Say who it is under ‘Not matched’.",
        };
    }, cancellationToken);

    public static string ResolveKey(Guid unmatched) => $"person-{unmatched:N}";

    // Loads the page and acts: a message to show after the redirect, or null to show the page's
    // problems, or, when Core refused because the session takes no attendance, back to the
    // register, which says why.
    private async Task<IActionResult> ActAsync(Func<Guid, Task<string?>> act, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var done = await act(User.PersonId()!.Value);
        if (refused)
        {
            return Back();
        }

        if (done is null)
        {
            return Page();
        }

        TempData.Notify(done);
        return Back();
    }

    private string? Refused()
    {
        refused = true;
        return null;
    }

    // Core's problems beside their fields ("GuestName", "Report"), or where `key` puts them.
    private string? Show(IEnumerable<Problem> problems, Func<string, string?>? key = null)
    {
        ModelState.AddProblems(problems, "", key);
        return null;
    }

    private RedirectResult Back() => Redirect(SessionWords.Path(Community.Slug, Session, "/attendance"));

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        if (await register.FindSessionAsync(Community.Id, Number, cancellationToken) is not { } session)
        {
            return false;
        }

        Session = session;
        Closed = AttendanceTaking.WhyClosed(session, UkTimeZone.Today(clock));
        Sheet = await register.SheetAsync(session, cancellationToken);
        Figures = await figures.ForSessionAsync(session, cancellationToken);
        return true;
    }
}
