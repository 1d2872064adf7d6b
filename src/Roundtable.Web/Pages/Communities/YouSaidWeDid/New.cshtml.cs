using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.YouSaidWeDid;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;
using Roundtable.Web.TagHelpers;

namespace Roundtable.Web.Pages.Communities.YouSaidWeDid;

// Adding a request: directly, or "Make this a request" from a contribution, a theme or a feedback
// answer, whose words start it (the asker is the speaker or the person who answered, named only as
// they consented).
public class NewModel(CurrentCommunity current, Asks asks, RoundtableDb db) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public CurrentCommunity.Place Here { get; private set; } = null!;

    public Community Community => Here.Community;

    public IReadOnlyList<SelectOption> OwnerOptions { get; private set; } = [];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string? Words { get; set; }

        public AskSource Source { get; set; }

        public Guid? ContributionId { get; set; }

        public Guid? ThemeId { get; set; }

        public Guid? FeedbackAnswerId { get; set; }

        public string? Owner { get; set; }

        public string? DueOn { get; set; }

        public Guid SubmissionKey { get; set; }
    }

    public async Task OnGetAsync(Guid? contribution, Guid? theme, Guid? answer, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input = new InputModel
        {
            Source = contribution is not null ? AskSource.Contribution : theme is not null ? AskSource.Theme : answer is not null ? AskSource.FeedbackAnswer : AskSource.Direct,
            ContributionId = contribution,
            ThemeId = theme,
            FeedbackAnswerId = answer,
            SubmissionKey = Guid.NewGuid(),
        };
        Input.Words = await asks.StartingWordsAsync(
            Community.Id,
            new Asks.NewAsk(null, Input.Source, contribution, theme, null, null, null, Input.SubmissionKey, answer),
            User.PersonId()!.Value,
            cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Input.SubmissionKey == Guid.Empty)
        {
            Input.SubmissionKey = Guid.NewGuid();
        }

        var (membershipId, subGroupId) = Owners.Read(Input.Owner);
        var result = await asks.AddAsync(
            Community.Id,
            new Asks.NewAsk(Input.Words, Input.Source, Input.ContributionId, Input.ThemeId, membershipId, subGroupId, Input.DueOn, Input.SubmissionKey, Input.FeedbackAnswerId),
            User.PersonId()!.Value,
            cancellationToken);
        if (result.Outcome is Asks.Outcome.Invalid or Asks.Outcome.NotFound)
        {
            ModelState.AddProblems(result.Problems, nameof(Input), field => field switch
            {
                nameof(Asks.NewAsk.OwnerMembershipId) => "Input.Owner",
                nameof(Asks.NewAsk.ContributionId) or nameof(Asks.NewAsk.ThemeId) or nameof(Asks.NewAsk.FeedbackAnswerId) or nameof(Asks.NewAsk.Source) => "Input.Words",
                _ => null,
            });
            return Page();
        }

        TempData.Notify("Request added to “You said, we did”.");
        return Redirect($"/communities/{Community.Slug}/you-said-we-did/{result.Ask!.Id}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Here = (await current.FindAsync(Slug, User, cancellationToken))!;
        OwnerOptions = await Owners.OptionsAsync(db, Community.Id, current: null, cancellationToken);
    }
}
