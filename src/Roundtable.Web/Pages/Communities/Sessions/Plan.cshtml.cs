using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Sessions;

// Planning a series: the form, then a check of every date it will make, then the series.
public class PlanModel(CurrentCommunity current, SeriesPlanner planner) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [BindProperty]
    public PlanForm Input { get; set; } = new();

    public Community Community { get; private set; } = null!;

    // Set on the check step: what confirming will create, numbered as it will be.
    public RhythmPlan? Checked { get; private set; }

    public (int Session, int PreparationMeeting) NextNumbers { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        Input = PlanForm.Blank();
    }

    // The first step: check the form and show the dates it makes.
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        var check = planner.Check(Input.Read(ModelState));
        if (!ModelState.IsValid || !check.IsValid)
        {
            AddProblems(check.Problems);
            return Page();
        }

        Checked = check.Dates;
        NextNumbers = await planner.NextNumbersAsync(Community.Id, cancellationToken);
        return Page();
    }

    // Back from the check step to the form, with everything as it was typed.
    public async Task OnPostChangeAsync(CancellationToken cancellationToken) =>
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        var plan = Input.Read(ModelState);
        if (!ModelState.IsValid)
        {
            // A box this page could not read: say what else is wrong too, and save nothing.
            AddProblems(planner.Check(plan).Problems);
            return Page();
        }

        // Checked again by the planner: the form came back from the browser, and today may have moved on.
        var planned = await planner.PlanAsync(Community.Id, plan, User.PersonId()!.Value, cancellationToken);
        if (planned.Outcome == SeriesPlanner.Outcome.Invalid)
        {
            AddProblems(planned.Problems);
            return Page();
        }

        TempData.Notify(Summary(planned.Checked.Details!.Name, planned.Meetings));
        return RedirectToPage("Index", new { slug = Community.Slug });
    }

    private void AddProblems(IEnumerable<Problem> problems)
    {
        var said = ModelState.Said();
        ModelState.AddProblems(problems, "Input", field => PlanForm.BoxFor(field, said));
    }

    private static string Summary(string name, IReadOnlyList<Session> meetings)
    {
        var sessions = meetings.Where(m => m.Kind == SessionKind.Session).Select(m => m.Number).ToList();
        var preparation = meetings.Count(m => m.Kind == SessionKind.PreparationMeeting);
        var range = sessions.Count == 1 ? $"Session {sessions[0]}" : $"Sessions {sessions.Min()} to {sessions.Max()}";
        return preparation switch
        {
            0 => $"‘{name}’ is planned: {range}.",
            1 => $"‘{name}’ is planned: {range}, and 1 preparation meeting.",
            _ => $"‘{name}’ is planned: {range}, and {preparation} preparation meetings.",
        };
    }
}
