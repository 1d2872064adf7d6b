using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Attendance;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Attendance;

// Who came to a session, for the facilitator: marked in the room (walk-ins in one click, late
// arrivals simply present), or imported from an online meeting's attendance report, with the
// rows that matched nobody listed to resolve. Every handler is safe to send twice.
public class RegisterModel(CurrentCommunity current, RoundtableDb db, AttendanceRecords records, AttendanceFigures figures, TimeProvider clock)
    : PageModel
{
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

    public RegisterSheet Sheet { get; private set; } = null!;

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
        var marked = await records.MarkAsync(Session, Mark.Shown, Mark.Present, Mark.ShownGuests, Mark.Guests, by, cancellationToken);
        return marked is { Added: 0, Removed: 0 }
            ? "Attendance saved. Nothing had changed."
            : $"Attendance saved: {SessionPages.Plural(marked.Added, "person", "people")} added, {marked.Removed} taken off.";
    }, cancellationToken);

    public Task<IActionResult> OnPostWalkInAsync(CancellationToken cancellationToken) => ActAsync(async by =>
    {
        if (WalkIn is not { } personId)
        {
            ModelState.AddModelError(nameof(WalkIn), "Choose the member who walked in");
            return null;
        }

        var name = Sheet.NameOf(personId);
        return await records.AddMemberAsync(Session, personId, by, cancellationToken) switch
        {
            AttendanceChange.Done => $"{name} is marked as here.",
            AttendanceChange.Unchanged => $"{name} was already marked as here.",
            _ => "They are not a member of this community now.",
        };
    }, cancellationToken);

    public Task<IActionResult> OnPostGuestAsync(CancellationToken cancellationToken) => ActAsync(async by =>
    {
        var name = ModelState.Required(nameof(GuestName), GuestName, "Enter the guest's name", "The guest's name", Attendee.NameMaxLength);
        if (name is null)
        {
            return null;
        }

        return await records.AddGuestAsync(Session, name, by, cancellationToken) == AttendanceChange.Done
            ? $"{name} is marked as here, as a guest."
            : $"A guest called {name} was already marked as here.";
    }, cancellationToken);

    public Task<IActionResult> OnPostImportAsync(CancellationToken cancellationToken) => ActAsync(async by =>
    {
        var report = await ReadReportAsync(cancellationToken);
        if (report is null)
        {
            return null;
        }

        var summary = await records.ImportAsync(Session, report, by, cancellationToken);
        ImportReportView.From(Path.GetFileName(Report!.FileName), summary).Keep(TempData);
        return $"Attendance report imported: {SessionPages.Plural(summary.Added, "person", "people")} added, {summary.NotMatched.Count} not matched.";
    }, cancellationToken);

    public Task<IActionResult> OnPostResolveAsync(Guid unmatched, string? resolution, Guid? person, CancellationToken cancellationToken) => ActAsync(async by =>
    {
        if (!Enum.TryParse<AttendanceRecords.Resolution>(resolution, out var how) || (how == AttendanceRecords.Resolution.Member && person is null))
        {
            ProblemRow = unmatched;
            ModelState.AddModelError(ResolveKey(unmatched), "Choose the member this is, or add them as a guest, or leave them out");
            return null;
        }

        var row = Sheet.Unresolved.Concat(Sheet.Resolved).FirstOrDefault(u => u.Id == unmatched);
        return await records.ResolveAsync(Session, unmatched, how, person, by, cancellationToken) switch
        {
            AttendanceChange.Done => how switch
            {
                AttendanceRecords.Resolution.Member => $"{row?.Name} is {Sheet.NameOf(person!.Value)}, marked as here.",
                AttendanceRecords.Resolution.Guest => $"{row?.Name} is marked as here, as a guest.",
                _ => $"{row?.Name} has been left out.",
            },
            AttendanceChange.Unchanged => $"{row?.Name} had already been resolved.",
            _ => "That row or member was not found. Nothing was changed.",
        };
    }, cancellationToken);

    public static string ResolveKey(Guid unmatched) => $"person-{unmatched:N}";

    // Loads the page, refuses if the session cannot take attendance (sending them back to see
    // why), and acts: a message to show after the redirect, or null to show the page's problems.
    private async Task<IActionResult> ActAsync(Func<Guid, Task<string?>> act, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Closed is not null)
        {
            return Back();
        }

        if (await act(User.PersonId()!.Value) is not { } done)
        {
            return Page();
        }

        TempData.Notify(done);
        return Back();
    }

    private async Task<AttendanceReport?> ReadReportAsync(CancellationToken cancellationToken)
    {
        if (Report is null || Report.Length == 0)
        {
            ModelState.AddModelError(nameof(Report), Report is null ? "Choose the attendance report to import" : "The file is empty. Choose the attendance report you downloaded from the meeting.");
            return null;
        }

        AttendanceReport report;
        if (Report.Length > AttendanceReport.MaxBytes)
        {
            report = AttendanceReport.Refused($"The file must be smaller than {AttendanceReport.MaxBytes / (1024 * 1024)} MB.");
        }
        else
        {
            using var buffer = new MemoryStream();
            await Report.CopyToAsync(buffer, cancellationToken);
            report = AttendanceReport.Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), Core.Sessions.UkTimeZone.DateOf(Session.StartsAt));
        }

        if (report.Problem is { } problem)
        {
            ModelState.AddModelError(nameof(Report), problem);
            return null;
        }

        return report;
    }

    private RedirectResult Back() => Redirect(SessionWords.Path(Community.Slug, Session, "/attendance"));

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        if (await SessionPages.FindAsync(db, Community.Id, Number, cancellationToken) is not { } session)
        {
            return false;
        }

        Session = session;
        Closed = AttendanceTaking.WhyClosed(session, UkTime.Today(clock));
        Sheet = await RegisterSheet.LoadAsync(db, records, session, cancellationToken);
        Figures = await figures.ForSessionAsync(session, cancellationToken);
        return true;
    }
}
