using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Themes;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;
using Roundtable.Web.TagHelpers;

namespace Roundtable.Web.Pages.Communities.Themes;

// One theme: its timeline across the sessions this member may see, with the words behind it.
// Co-leads rename it, choose its quotes, settle or reopen it, merge it into another or split it.
public class ThemeModel(CurrentCommunity current, CommunityThemes themes, ThemeDecisions decisions) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [FromRoute]
    public Guid Id { get; set; }

    public CurrentCommunity.Place Here { get; private set; } = null!;

    public Community Community => Here.Community;

    public ThemeBook Book { get; private set; } = null!;

    public ThemeLine? Line { get; private set; }

    // Set when this theme was merged away: where its contributions went.
    public Theme? MergedInto { get; private set; }

    public IReadOnlyDictionary<Guid, Attribution> Attributions { get; private set; } = new Dictionary<Guid, Attribution>();

    // Who settled and reopened it, as each chose to be named.
    public IReadOnlyDictionary<Guid, string> Deciders { get; private set; } = new Dictionary<Guid, string>();

    public bool IsCoLead => Here.Allows(CommunityRole.CoLead);

    public IReadOnlyList<SelectOption> MergeOptions =>
        [new("", "Choose a theme"), .. Book.Themes.Where(t => t.Theme.Id != Id).Select(t => new SelectOption(t.Theme.Id.ToString(), t.Theme.Title))];

    [BindProperty]
    public EditInput Edit { get; set; } = new();

    [BindProperty]
    public SettleInput Settle { get; set; } = new();

    [BindProperty]
    public MergeInput Merge { get; set; } = new();

    [BindProperty]
    public SplitInput Split { get; set; } = new();

    public sealed class EditInput
    {
        public string? Title { get; set; }

        public string? Gist { get; set; }

        public int? Version { get; set; }
    }

    public sealed class SettleInput
    {
        public string? Note { get; set; }
    }

    public sealed class MergeInput
    {
        public Guid? IntoId { get; set; }

        public int? Version { get; set; }
    }

    public sealed class SplitInput
    {
        public string? Title { get; set; }

        public List<Guid> ContributionIds { get; set; } = [];

        public int? Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Line is not null)
        {
            Edit = new EditInput { Title = Line.Theme.Title, Gist = Line.Theme.Gist, Version = Line.Theme.Version };
            Merge.Version = Split.Version = Line.Theme.Version;
        }

        return Page();
    }

    public Task<IActionResult> OnPostEditAsync(CancellationToken cancellationToken) =>
        DecideAsync("Edit", "The theme has been saved.", (communityId, personId) =>
            decisions.EditAsync(communityId, Id, new ThemeDecisions.Edit(Edit.Title, Edit.Gist, Edit.Version), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostSettleAsync(CancellationToken cancellationToken) =>
        DecideAsync("Settle", "The theme is marked settled.", (communityId, personId) =>
            decisions.SettleAsync(communityId, Id, Settle.Note, personId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostReopenAsync(CancellationToken cancellationToken) =>
        DecideAsync("", "The theme is open again.", (communityId, personId) => decisions.ReopenAsync(communityId, Id, personId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostMergeAsync(CancellationToken cancellationToken) =>
        DecideAsync("Merge", "The themes have been merged.", (communityId, personId) =>
            decisions.MergeAsync(communityId, Id, Merge.IntoId, Merge.Version, personId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostSplitAsync(CancellationToken cancellationToken) =>
        DecideAsync("Split", "The new theme has been made.", (communityId, personId) =>
            decisions.SplitAsync(communityId, Id, Split.ContributionIds, Split.Title, Split.Version, personId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostQuoteAsync(Guid contributionId, bool quoted, CancellationToken cancellationToken) =>
        DecideAsync("", quoted ? "The quote has been chosen." : "It is no longer a quote.", (communityId, _) =>
            decisions.QuoteAsync(communityId, Id, contributionId, quoted, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(Guid contributionId, CancellationToken cancellationToken) =>
        DecideAsync("", "The contribution has been taken out of the theme.", (communityId, _) =>
            decisions.UnassignAsync(communityId, Id, contributionId, cancellationToken), cancellationToken);

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Here = (await current.FindAsync(Slug, User, cancellationToken))!;
        Book = await themes.ReadAsync(Community.Id, Here.Membership, cancellationToken);
        Line = Book.Themes.FirstOrDefault(t => t.Theme.Id == Id);
        if (Line is not null)
        {
            Attributions = await themes.AttributionsAsync(Community.Id, Line.Heard.Where(h => h.Quoted).Select(h => h.Contribution).ToList(), cancellationToken);
            Deciders = await themes.DecidersAsync(Community.Id, Line.Settlings, cancellationToken);
            return true;
        }

        // A merged theme's address says where it went, to those who may see that theme.
        var now = await themes.WhereNowAsync(Community.Id, Id, cancellationToken);
        if (now is not null && now.Id != Id && Book.Themes.Any(t => t.Theme.Id == now.Id))
        {
            MergedInto = now;
            return true;
        }

        return false;
    }

    private async Task<IActionResult> DecideAsync(
        string form, string done, Func<Guid, Guid, Task<ThemeResult>> decide, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!IsCoLead)
        {
            return Forbid();
        }

        var result = await decide(Community.Id, User.PersonId()!.Value);
        switch (result.Outcome)
        {
            case ThemeOutcome.NotFound:
                return NotFound();
            case ThemeOutcome.MergedAway:
                TempData.Notify(result.Refusal!);
                return Redirect($"/communities/{Slug}/themes/{result.Theme?.Id ?? Id}");
            case ThemeOutcome.Invalid or ThemeOutcome.ChangedMeanwhile:
                ModelState.AddProblems(result.Problems, form);
                if (result.Refusal is not null)
                {
                    ModelState.AddModelError(string.Empty, result.Refusal);
                }

                // Show the theme as it is now, with what they typed kept.
                await LoadAsync(cancellationToken);
                ModelState.Remove("Edit.Version");
                ModelState.Remove("Merge.Version");
                ModelState.Remove("Split.Version");
                Edit.Version = Merge.Version = Split.Version = Line?.Theme.Version;
                return Page();
        }

        TempData.Notify(done);
        var goTo = form is "Merge" or "Split" && result.Theme is { } other ? other.Id : Id;
        return Redirect($"/communities/{Slug}/themes/{goTo}");
    }
}
