using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Mail;
using Roundtable.Core.Sessions;
using Roundtable.Web.Hosting;
using Roundtable.Web.Pages.Communities.Charter;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Sessions;

// Changing or cancelling one session or preparation meeting. Only that one changes: the rest of
// its series stays as it was.
public abstract class EditMeetingModel(
    CurrentCommunity current, SessionSchedule schedule, IMailer mailer, IOptions<AppOptions> app) : PageModel
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

    public string Title => SessionsView.Title(Meeting);

    public string MeetingPath => SessionsView.Path(Community.Slug, Meeting);

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

        if (Input.Read(ModelState, Date) is not { } details)
        {
            return Page();
        }

        var change = await schedule.ChangeAsync(Meeting.Id, Input.Version, details, cancellationToken);
        switch (change.Outcome)
        {
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
                TempData.Notify($"{Title} is cancelled, so it was not changed.");
                return Redirect(MeetingPath);
            case SessionSchedule.Outcome.NotFound:
                return NotFound();
        }

        if (change.Outcome == SessionSchedule.Outcome.Saved)
        {
            await SavedAsync(Meeting, change.Current!, cancellationToken);
        }

        var moved = details.StartsAt != Meeting.StartsAt || details.EndsAt != Meeting.EndsAt;
        TempData.Notify(moved && change.Outcome == SessionSchedule.Outcome.Saved
            ? $"{Title} has moved to {SessionsView.Date(details.StartsAt)}, {SessionsView.Times(details.StartsAt, details.EndsAt)}."
            : $"{Title} has been saved.");
        return Redirect(MeetingPath);
    }

    protected IMailer Mailer => mailer;

    protected AppOptions App => app.Value;

    // What else a saved change sets in motion, given the meeting before and after it.
    protected virtual Task SavedAsync(Session before, Session after, CancellationToken cancellationToken) => Task.CompletedTask;

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

        var reason = ModelState.Required(nameof(CancelReason), CancelReason, "Enter why it is cancelled", "The reason", Session.CancelReasonMaxLength);
        if (reason is null)
        {
            Input = EditForm.From(Meeting);
            return Page();
        }

        var cancellation = await schedule.CancelAsync(Meeting.Id, reason, cancellationToken);
        var told = cancellation.ToTell.Count;
        var list = app.Value.Link(SessionsView.ListPath(Community.Slug));
        foreach (var recipient in cancellation.ToTell)
        {
            await mailer.SendAsync(SessionEmails.Cancelled(recipient, Community, Meeting, reason, list), cancellationToken);
        }

        var who = Kind == SessionKind.Session ? "who had a place or were waiting for one" : "in the lived-expert group and its co-leads";
        TempData.Notify(told == 0
            ? $"{Title} is cancelled."
            : $"{Title} is cancelled. {SessionsView.People(told)} {who} {(told == 1 ? "has" : "have")} been emailed.");
        return Redirect(MeetingPath);
    }

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
