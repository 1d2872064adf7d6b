using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Sessions;
using Roundtable.Core.SignUps;
using Roundtable.Web.Pages.Communities.People;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.SignUps;

// A member's place at one session: signing up with what they need for it (filled in from
// their profile), the waiting list when it is full, and cancelling at any time before it ends.
// Anyone may come to any session, whichever they missed before.
public class SignUpModel(
    CurrentCommunity current, SigningUp signingUp, TimeProvider clock)
    : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [FromRoute]
    public int Number { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Community Community { get; private set; } = null!;

    public Session Session { get; private set; } = null!;

    public SignUp? Yours { get; private set; }

    public int? PlaceInQueue { get; private set; }

    public int Booked { get; private set; }

    public bool IsOpen { get; private set; }

    public bool IsSignedUp => Yours is { Status: SignUpStatus.Booked or SignUpStatus.Waiting };

    public bool IsFull => !SigningUp.HasRoom(Session.Capacity, Booked);

    public sealed class InputModel
    {
        // Nullable: a value sent empty binds as null.
        public List<string?> AccessNeeds { get; set; } = [];

        public string? OtherAccessNeeds { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } membership)
        {
            return NotFound();
        }

        // What they chose for this session, or what they told the community they usually need.
        var (needs, other) = IsSignedUp ? (Yours!.AccessNeeds, Yours.OtherAccessNeeds) : (membership.AccessNeeds, membership.OtherAccessNeeds);
        Input = new InputModel { AccessNeeds = Profiles.Split(needs).Select(n => (string?)n.ToString()).ToList(), OtherAccessNeeds = other };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } membership)
        {
            return NotFound();
        }

        var chosen = Input.AccessNeeds.Select(n => Profiles.AccessNeedOptions.FirstOrDefault(o => o.Need.ToString() == n)).ToList();
        if (chosen.Any(n => n is null))
        {
            ModelState.AddModelError("Input.AccessNeeds", "Choose your access needs from the list");
        }

        var request = new SigningUp.Request(chosen.Aggregate(AccessNeeds.None, (all, n) => all | (n?.Need ?? AccessNeeds.None)), Input.OtherAccessNeeds);
        if (!ModelState.IsValid)
        {
            // Say what else is wrong too, and save nothing.
            var problems = new Problems();
            request.OtherNeeds(problems);
            ModelState.AddProblems(problems, "Input");
            return Page();
        }

        var result = await signingUp.SignUpAsync(Session, membership.PersonId, request, cancellationToken);
        if (result.Outcome == SigningUp.Outcome.Invalid)
        {
            ModelState.AddProblems(result.Problems, "Input");
            return Page();
        }

        var name = SessionWords.Name(Session);
        TempData.Notify(result switch
        {
            { Outcome: SigningUp.Outcome.Closed } => result.Refusal!,
            // Waiting, and booked just now because places were added since they joined the list.
            { WasAlready: true } when result.BookedFromQueue(membership.PersonId) =>
                $"A place has come free, so you have a place at {name}. Your access needs have been saved.",
            { WasAlready: true } => $"Your access needs for {name} have been saved.",
            { Outcome: SigningUp.Outcome.Booked } => $"You have a place at {name}.",
            _ => $"{name} is full, so you are on the waiting list. You are number {result.PlaceInQueue} in the queue.",
        });
        // Signed up, they go back to the session itself: what it is, how to join, and its calendar file.
        return result.Outcome == SigningUp.Outcome.Closed ? Back() : Redirect(SessionWords.Path(Community.Slug, Session, ""));
    }

    public async Task<IActionResult> OnPostCancelAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } membership)
        {
            return NotFound();
        }

        var cancelled = await signingUp.CancelAsync(Session, membership.PersonId, cancellationToken);
        var name = SessionWords.Name(Session);
        TempData.Notify(cancelled switch
        {
            { Closed: true } => cancelled.Refusal!,
            { Changed: false } => $"You are not signed up to {name}.",
            { WasBooked: true } => $"You have cancelled your place at {name}.",
            _ => $"You have left the waiting list for {name}.",
        });
        return Back();
    }

    public CheckboxGroup AccessNeedChoices() => new(
        "Input.AccessNeeds",
        "What do you need to take part in this session?",
        "We have filled this in from what you told the community. Change it for this session if you like. Only co-leads and facilitators see it. Choose all that apply.",
        [new(null, Profiles.AccessNeedOptions.Select(o => new CheckboxGroup.Item(
            o.Need.ToString(), o.Label, o.Hint, Input.AccessNeeds.Contains(o.Need.ToString(), StringComparer.Ordinal))).ToList())]);

    private RedirectResult Back() => Redirect(SessionWords.Path(Community.Slug, Session, "/sign-up"));

    // The member's own place; null (not found) for a session that does not exist, or for a site
    // admin who is not a member and so has no place to sign up with.
    private async Task<Membership?> LoadAsync(CancellationToken cancellationToken)
    {
        var place = (await current.FindAsync(Slug, User, cancellationToken))!;
        Community = place.Community;
        if (place.Membership is not { } membership ||
            await signingUp.FindSessionAsync(Community.Id, Number, cancellationToken) is not { } session)
        {
            return null;
        }

        Session = session;
        IsOpen = SigningUp.IsOpen(session, clock.GetUtcNow());
        var lists = await signingUp.ListsAsync(session, cancellationToken);
        Booked = lists.Booked.Count;
        Yours = lists.Booked.Concat(lists.Waiting).FirstOrDefault(s => s.PersonId == membership.PersonId);
        PlaceInQueue = Yours is { Status: SignUpStatus.Waiting } ? lists.Waiting.ToList().FindIndex(s => s.Id == Yours.Id) + 1 : null;
        return membership;
    }
}
