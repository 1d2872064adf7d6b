using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Connections;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Connections;

// The short form after a session, for someone who came: what was useful, and what they will take
// back into their work. Coming back to it later, they mark their next action done or say what happened.
public class FeedbackModel(CurrentCommunity current, SessionSchedule schedule, NextActions nextActions, TimeProvider clock) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [FromRoute]
    public int Number { get; set; }

    public Community Community { get; private set; } = null!;

    public Session Meeting { get; private set; } = null!;

    public NextActionCount Count { get; private set; } = new(0, 0);

    // Why this person cannot answer, or null when they can.
    public string? Closed { get; private set; }

    public bool Answered { get; private set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string? Useful { get; set; }

        public string? NextAction { get; set; }

        public bool Shared { get; set; }

        public bool Done { get; set; }

        public string? Outcome { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (await nextActions.YoursAsync(Meeting.Id, User.PersonId()!.Value, cancellationToken) is { } yours)
        {
            Input = new InputModel
            {
                Useful = yours.Useful, NextAction = yours.NextAction, Shared = yours.NextActionShared,
                Done = yours.NextActionDoneAt is not null, Outcome = yours.Outcome,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var result = await nextActions.AnswerAsync(
            Meeting.Id, User.PersonId()!.Value, new NextActions.Answer(Input.Useful, Input.NextAction, Input.Shared, Input.Done, Input.Outcome), cancellationToken);
        switch (result.Outcome)
        {
            case FeedbackOutcome.NotFound:
                return NotFound();
            case FeedbackOutcome.Refused:
                ModelState.AddModelError(string.Empty, result.Refusal!);
                return Page();
            case FeedbackOutcome.Invalid:
                ModelState.AddProblems(result.Problems, "Input");
                return Page();
        }

        TempData.Notify(Answered ? "Your feedback has been updated." : "Thank you: your feedback has been saved.");
        return Redirect(ConnectionPages.FeedbackPath(Slug, Number));
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(Slug, User, cancellationToken))!;
        Community = here.Community;
        if (await schedule.FindAsync(Community.Id, SessionKind.Session, Number, cancellationToken) is not { } session)
        {
            return false;
        }

        Meeting = session;
        var personId = User.PersonId()!.Value;
        Count = await nextActions.CountAsync(session.Id, cancellationToken);
        Answered = await nextActions.YoursAsync(session.Id, personId, cancellationToken) is not null;
        Closed = NextActions.WhyClosed(session, clock.GetUtcNow())
            ?? (await nextActions.CameAsync(session.Id, personId, cancellationToken) ? null : NextActions.NotThere);
        return true;
    }
}
