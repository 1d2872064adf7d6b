using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Web.Pages.Communities.Charter;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Sessions;

// Changing or cancelling one session or preparation meeting. Only that one changes: the rest of
// its series stays as it was.
public abstract class EditMeetingModel(
    CurrentCommunity current, SessionSchedule schedule) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [FromRoute]
    public int Number { get; set; }

    [BindProperty]
    public EditForm Input { get; set; } = new();

    [BindProperty]
    public string? CancelReason { get; set; }

    public abstract SessionKind Kind { get; }

    public Community Community { get; private set; } = null!;

    public Session Meeting { get; private set; } = null!;

    public DateParts Date { get; } = new();

    // Set when someone else saved while this person was editing: what is saved now.
    public Session? SavedMeanwhile { get; private set; }

    public string Title => SessionWords.Name(Meeting);

    public string MeetingPath => SessionWords.Path(Community.Slug, Meeting);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Input = EditForm.From(Meeting);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var edit = Input.Read(ModelState, Date);
        if (!ModelState.IsValid)
        {
            // A box this page could not read: say what else is wrong too, and save nothing.
            var problems = new Problems();
            edit.Read(problems);
            AddProblems(problems);
            return Page();
        }

        var change = await schedule.ChangeAsync(Meeting.Id, edit, cancellationToken);
        switch (change.Outcome)
        {
            case SessionSchedule.Outcome.Invalid:
                AddProblems(change.Problems!);
                return Page();
            case SessionSchedule.Outcome.ChangedMeanwhile:
                SavedMeanwhile = change.Current;
                ModelState.AddModelError(string.Empty,
                    "Someone else changed this while you were editing. What is saved now is shown below: check it, then save yours again.");
                ModelState.Remove("Input.Version");
                Input.Version = SessionSchedule.VersionOf(change.Current!);
                return Page();
            case SessionSchedule.Outcome.CapacityBelowBooked:
                ModelState.AddModelError("Input.Capacity", change.Problem!);
                return Page();
            case SessionSchedule.Outcome.AlreadyCancelled:
                TempData.Notify(change.Refusal!);
                return Redirect(MeetingPath);
            case SessionSchedule.Outcome.NotFound:
                return NotFound();
        }

        var (before, after) = (Meeting, change.Current!);
        var moved = after.StartsAt != before.StartsAt || after.EndsAt != before.EndsAt;
        TempData.Notify(moved && change.Outcome == SessionSchedule.Outcome.Saved
            ? $"{Title} has moved to {SessionWords.Date(after.StartsAt)}, {SessionWords.Times(after.StartsAt, after.EndsAt)}."
            : $"{Title} has been saved.");
        return Redirect(MeetingPath);
    }

    public async Task<IActionResult> OnPostCancelAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Meeting.IsCancelled)
        {
            TempData.Notify($"{Title} is cancelled.");
            return Redirect(MeetingPath);
        }

        var cancellation = await schedule.CancelAsync(Meeting.Id, CancelReason, cancellationToken);
        if (cancellation.Outcome == SessionSchedule.Outcome.Invalid)
        {
            ModelState.AddProblems(cancellation.Problems!, "", field => field == "Reason" ? nameof(CancelReason) : null);
            Input = EditForm.From(Meeting);
            return Page();
        }

        var told = cancellation.ToTell.Count;

        var who = Kind == SessionKind.Session ? "who had a place or were waiting for one" : "in the lived-expert group and its co-leads";
        TempData.Notify(told == 0
            ? $"{Title} is cancelled."
            : $"{Title} is cancelled. {SessionsView.People(told)} {who} {(told == 1 ? "has" : "have")} been emailed.");
        return Redirect(MeetingPath);
    }

    // A box the page could not read is already said against it: Core's word on the date adds nothing.
    private void AddProblems(IEnumerable<Problem> problems) =>
        ModelState.AddProblems(problems, "Input", field => field == nameof(SessionEdit.Date) ? (Date.Error is null ? "Input.Day" : "") : null);

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var place = (await current.FindAsync(Slug, User, cancellationToken))!;
        Community = place.Community;
        var meeting = await schedule.FindAsync(Community.Id, Kind, Number, cancellationToken);
        if (meeting is null || !SessionAccess.CanSee(meeting.Kind, place.Membership))
        {
            return false;
        }

        Meeting = meeting;
        return true;
    }
}
