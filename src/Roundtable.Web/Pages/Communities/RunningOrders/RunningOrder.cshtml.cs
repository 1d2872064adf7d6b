using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.RunningOrders;
using Roundtable.Core.Sessions;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.RunningOrders;

// A session's running order: started from a template, then edited freely. The total is set
// against the session's length; running over is saved, with a warning.
public class RunningOrderModel(CurrentCommunity current, SessionSchedule schedule, RunningOrderEditor editor) : PageModel
{
    private const int SpareRows = 2;

    [FromRoute]
    public string Slug { get; set; } = "";

    [FromRoute]
    public int Number { get; set; }

    [BindProperty]
    public List<RunningOrderRowForm> Rows { get; set; } = [];

    // What the editor saw (RunningOrderRules.Fingerprint), so a save can tell if someone else saved since.
    [BindProperty]
    public string? Seen { get; set; }

    [BindProperty]
    public string? Template { get; set; }

    [BindProperty]
    public bool ConfirmReplace { get; set; }

    public Community Community { get; private set; } = null!;

    public Session Meeting { get; private set; } = null!;

    public IReadOnlyList<RunningOrderItem> Saved { get; private set; } = [];

    // The planner's membership: the acknowledgement list shows what they may see.
    public Membership? Viewer { get; private set; }

    public RunningOrderTiming Timing => RunningOrderRules.Timing(Saved, Meeting);

    public bool ChangedMeanwhile { get; private set; }

    // Open the "start again" part when what was wrong is in it, since without scripts a closed one hides its errors.
    public bool TemplateHasErrors =>
        ModelState.GetFieldValidationState(nameof(Template)) == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid ||
        ModelState.GetFieldValidationState(nameof(ConfirmReplace)) == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid;

    public string MeetingPath => SessionWords.Path(Community.Slug, Meeting);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        ShowSaved();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var edit = RunningOrderRowForm.Read(ModelState, Rows, Seen);
        if (!ModelState.IsValid)
        {
            // A box this page could not read: say what else is wrong too, and save nothing.
            var problems = new Problems();
            edit.Read(problems);
            AddProblems(problems);
            return Page();
        }

        var result = await editor.SaveAsync(Meeting.Id, edit, cancellationToken);
        switch (result.Outcome)
        {
            case RunningOrderEditor.Outcome.NotFound:
                return NotFound();
            case RunningOrderEditor.Outcome.Invalid:
                AddProblems(result.Problems);
                return Page();
            case RunningOrderEditor.Outcome.ChangedMeanwhile:
                // Keep what this person typed, and show what the other person saved beside it.
                await ChangedMeanwhileAsync(result.Refusal!, cancellationToken);
                return Page();
        }

        TempData.Notify($"The running order has been saved. {result.Timing!.Problem ?? "It fills the session exactly."}");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostTemplateAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var result = await editor.UseTemplateAsync(Meeting.Id, new TemplateChoice(Template, ConfirmReplace, Seen), cancellationToken);
        switch (result.Outcome)
        {
            case RunningOrderEditor.Outcome.NotFound:
                return NotFound();
            case RunningOrderEditor.Outcome.Invalid:
                ModelState.AddProblems(result.Problems, "");
                ShowSaved(keepSeen: true);
                return Page();
            case RunningOrderEditor.Outcome.NotConfirmed:
                // What this page asks of someone who has not agreed: ticking its box is how they agree.
                ModelState.AddModelError(nameof(ConfirmReplace), "Confirm that the template replaces the running order");
                ShowSaved(keepSeen: true);
                return Page();
            case RunningOrderEditor.Outcome.ChangedMeanwhile:
                await ChangedMeanwhileAsync(result.Refusal!, cancellationToken);
                ShowSaved();
                return Page();
        }

        TempData.Notify($"The running order now follows ‘{result.Template!.Name}’. Change it as you need.");
        return RedirectToPage();
    }

    // Someone else saved first: what they saved is shown, and saving again replaces it knowingly.
    private async Task ChangedMeanwhileAsync(string refusal, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        ChangedMeanwhile = true;
        ModelState.AddModelError(string.Empty, $"{refusal} What is saved now is shown first: check it, then save yours again.");
        ModelState.Remove(nameof(Seen));
        Seen = RunningOrderRules.Fingerprint(Saved);
    }

    private void AddProblems(IEnumerable<Problem> problems)
    {
        var said = ModelState.Said();
        ModelState.AddProblems(problems, "", field => RunningOrderRowForm.BoxFor(field, said));
    }

    // The form as saved, with spare rows to add to.
    private void ShowSaved(bool keepSeen = false)
    {
        if (!keepSeen)
        {
            Seen = RunningOrderRules.Fingerprint(Saved);
            ModelState.Remove(nameof(Seen));
        }

        foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Rows", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }

        Rows = [.. Saved.Select(RunningOrderRowForm.From), .. Enumerable.Range(Saved.Count + 1, SpareRows).Select(RunningOrderRowForm.Spare)];
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(Slug, User, cancellationToken))!;
        Community = here.Community;
        Viewer = here.Membership;
        var meeting = await schedule.FindAsync(Community.Id, SessionKind.Session, Number, cancellationToken);
        if (meeting is null)
        {
            return false;
        }

        Meeting = meeting;
        Saved = meeting.RunningOrder.OrderBy(i => i.Position).ToList();
        return true;
    }
}
