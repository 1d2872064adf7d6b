using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Breakouts;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Breakouts;

// For facilitators: propose a session's breakout groups, then move people and choose chairs.
// The sizes last asked for travel in the address (min, max, quiet), so the form keeps them and the
// warnings measure against them after every change.
public class PlanModel(CurrentCommunity current, BreakoutGroups breakouts) : PageModel
{
    public const int SmallestAllowed = BreakoutPlanner.SmallestAllowed;
    public const int LargestAllowed = BreakoutPlanner.LargestAllowed;
    public const string ToNewGroup = BreakoutGroups.ToNewGroup;
    public const string OutOfGroups = BreakoutGroups.OutOfGroups;

    [FromRoute]
    public string Slug { get; set; } = "";

    [FromRoute]
    public int Number { get; set; }

    [FromQuery(Name = "min")]
    public int? AskedMin { get; set; }

    [FromQuery(Name = "max")]
    public int? AskedMax { get; set; }

    [FromQuery(Name = "quiet")]
    public bool? AskedQuiet { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    // Ticked on the "replace the groups?" question; proposing over groups needs it.
    [BindProperty]
    public bool Replace { get; set; }

    public Community Community { get; private set; } = null!;

    public Session Session { get; private set; } = null!;

    public BreakoutGroups.Participants Participants { get; private set; } = null!;

    public IReadOnlyList<BreakoutGroups.Group> Groups { get; private set; } = [];

    public IReadOnlyList<BreakoutGroups.Participant> NotInAGroup { get; private set; } = [];

    public IReadOnlyList<BreakoutWarning> Warnings { get; private set; } = [];

    // Everyone on the plan as the facilitator sees them: two people named alike are told apart.
    public IReadOnlyDictionary<Guid, string> Labels { get; private set; } = new Dictionary<Guid, string>();

    public bool AskToReplace { get; private set; }

    public (int Min, int Max) Sizes =>
        AskedMin is { } min && AskedMax is { } max && min >= SmallestAllowed && min <= max && max <= LargestAllowed
            ? (min, max)
            : (BreakoutPlanner.DefaultMin, BreakoutPlanner.DefaultMax);

    // What each form carries back so the page comes back as it was.
    public Dictionary<string, string> Carried => new()
    {
        ["min"] = Sizes.Min.ToString(CultureInfo.InvariantCulture),
        ["max"] = Sizes.Max.ToString(CultureInfo.InvariantCulture),
        ["quiet"] = (AskedQuiet ?? true) ? "true" : "false",
    };

    public sealed class InputModel
    {
        public string? Min { get; set; }

        public string? Max { get; set; }

        // False unless ticked: an unticked box posts nothing.
        public bool KeepQuietTogether { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Input = new InputModel
        {
            Min = Sizes.Min.ToString(CultureInfo.InvariantCulture),
            Max = Sizes.Max.ToString(CultureInfo.InvariantCulture),
            KeepQuietTogether = AskedQuiet ?? true,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostProposeAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var min = WholeNumber("Input.Min", Input.Min, "the smallest group size");
        var max = WholeNumber("Input.Max", Input.Max, "the largest group size");
        foreach (var problem in BreakoutPlanner.CheckSizes(min, max))
        {
            ModelState.AddModelError(problem.Size == BreakoutSize.Min ? "Input.Min" : "Input.Max", problem.Message);
        }

        if (Participants.People.Count == 0)
        {
            ModelState.AddModelError("", "There is nobody to put in groups: nobody is booked on this session or marked as attending");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (Groups.Count > 0 && !Replace)
        {
            if (await breakouts.SameAsProposalAsync(Session, min!.Value, max!.Value, Input.KeepQuietTogether, cancellationToken))
            {
                return RedirectToPage(new { slug = Community.Slug, number = Number, min, max, quiet = Input.KeepQuietTogether });
            }

            AskToReplace = true;
            return Page();
        }

        var plan = await breakouts.ProposeAsync(Session, min!.Value, max!.Value, Input.KeepQuietTogether, cancellationToken);
        var people = plan.Groups.Sum(g => g.Members.Count);
        TempData.Notify($"{Plural(plan.Groups.Count, "group")} proposed for {Plural(people, "person", "people")}.");
        return RedirectToPage(new { slug = Community.Slug, number = Number, min, max, quiet = Input.KeepQuietTogether });
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid person, string? to, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (BreakoutGroups.ReadDestination(to) is not { } destination)
        {
            return BadRequest();
        }

        var name = NameOf(person);
        var outcome = await breakouts.MoveAsync(Session, person, destination.Group, destination.NewGroup, cancellationToken);
        if (outcome == BreakoutGroups.Outcome.NotFound || name is null)
        {
            return NotFound();
        }

        TempData.Notify(destination switch
        {
            { NewGroup: true } => $"{name} is in a new group of their own.",
            { Group: null } => $"{name} is not in a group now.",
            _ => $"{name} is in group {destination.Group} now.",
        });
        return Back();
    }

    public async Task<IActionResult> OnPostChairAsync(int group, Guid person, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (await breakouts.SetChairAsync(Session, group, person, cancellationToken) == BreakoutGroups.Outcome.NotFound)
        {
            return NotFound();
        }

        TempData.Notify($"{NameOf(person)} chairs group {group}.");
        return Back();
    }

    public static string Plural(int count, string one, string? many = null) => count == 1 ? $"1 {one}" : $"{count} {many ?? one + "s"}";

    private RedirectToPageResult Back() =>
        RedirectToPage(new { slug = Community.Slug, number = Number, min = Sizes.Min, max = Sizes.Max, quiet = AskedQuiet ?? true });

    public string LabelOf(BreakoutGroups.Participant participant) => Labels[participant.Person.Id];

    private string? NameOf(Guid person) => Labels.GetValueOrDefault(person);

    private int? WholeNumber(string key, string? value, string what)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            ModelState.AddModelError(key, $"Enter {what}");
            return null;
        }

        if (!int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            ModelState.AddModelError(key, $"{char.ToUpperInvariant(what[0])}{what[1..]} must be a whole number, like 6");
            return null;
        }

        return number;
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        if (await breakouts.FindSessionAsync(Community.Id, Number, cancellationToken) is not { } session)
        {
            return false;
        }

        Session = session;
        Participants = await breakouts.ParticipantsAsync(session, cancellationToken);
        Groups = await breakouts.GroupsAsync(session, cancellationToken);
        var grouped = Groups.SelectMany(g => g.Members).Select(m => m.Person.Id).ToHashSet();
        NotInAGroup = Participants.People.Where(p => !grouped.Contains(p.Person.Id)).ToList();
        Labels = BreakoutGroups.TellApart(Groups.SelectMany(g => g.Members).Concat(Participants.People));
        Warnings = BreakoutPlanner.Review(Groups.Select(g => g.AsPlan()).ToList(), Sizes.Min, Sizes.Max);
        return true;
    }
}
