using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.People;

// One part of someone's place in a community (MeParts), on a page of its own: sent, it is saved
// with the rest as saved before, and the member goes back to the summary.
public class MePartModel(CurrentCommunity current, RoundtableDb db, TimeProvider clock) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [FromRoute]
    public string Part { get; set; } = "";

    [BindProperty]
    public MeInput Input { get; set; } = new();

    public Community Community { get; private set; } = null!;

    public Membership Membership { get; private set; } = null!;

    public IReadOnlyList<IdentityOption> Offered { get; private set; } = [];

    public string Heading => MeParts.Heading(Part);

    public string SummaryPath => $"/communities/{Community.Slug}/me";

    private List<IdentityOption> communityOptions = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Input = MeInput.Saved(Membership);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Input = MeInput.Saved(Membership).With(Part, Input);
        foreach (var key in ModelState.Keys.Where(key => !MeParts.Fields(Part).Contains(key, StringComparer.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }

        var details = new MeRules(ModelState, Input, Offered).Check();
        if (details is null)
        {
            return Page();
        }

        Profiles.Save(db, Membership, communityOptions, details, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two sends of the form crossed and the other added the same identity first: apply
            // this one over what that one saved, which now changes only what is different.
            db.ChangeTracker.Clear();
            await LoadAsync(cancellationToken);
            Profiles.Save(db, Membership, communityOptions, details, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }

        TempData.Notify("Your details for this community have been saved.");
        return Redirect(SummaryPath);
    }

    // What others would see for each way of being named, from the member's own details.
    public string Preview(Naming naming) =>
        MemberNames.AsTheyChose(naming, Membership.Person.DisplayName, Input.JobRole, Input.Organisation);

    // Grouped by kind, ticked as saved or (after a problem) as sent.
    public CheckboxGroup IdentityChoices() => new(
        "Input.Identities",
        "Which of these describe you?",
        "Choose all that are true for you. Many people are more than one.",
        Offered.GroupBy(o => o.Kind).OrderBy(g => g.Key)
            .Select(g => new CheckboxGroup.Section(IdentityKindNames.Of(g.Key), g.Select(o => new CheckboxGroup.Item(
                o.Id.ToString(),
                o.Name,
                o.RetiredAt is null ? null : "No longer offered to new members. Untick it to remove it.",
                Input.Identities.Contains(o.Id.ToString(), StringComparer.OrdinalIgnoreCase))).ToList()))
            .ToList())
    {
        SectionHeadingLevel = 2,
    };

    public CheckboxGroup AccessNeedChoices() => new(
        "Input.AccessNeeds",
        "Is there anything you need to take part?",
        "Only this community's co-leads and facilitators see this, to plan sessions that work for you. Choose all that apply.",
        [new(null, Profiles.AccessNeedOptions.Select(o => new CheckboxGroup.Item(
            o.Need.ToString(), o.Label, o.Hint, Input.AccessNeeds.Contains(o.Need.ToString(), StringComparer.Ordinal))).ToList())]);

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var place = (await current.FindAsync(Slug, User, cancellationToken))!;
        // A site admin who is not a member has no place here to describe.
        if (place.Membership is null || !MeParts.IsPart(Part))
        {
            return false;
        }

        Community = place.Community;
        Membership = await db.Memberships.Include(m => m.Person).Include(m => m.Identities)
            .SingleAsync(m => m.Id == place.Membership.Id, cancellationToken);
        communityOptions = await db.IdentityOptions.AsNoTracking().Where(o => o.CommunityId == Community.Id).ToListAsync(cancellationToken);
        Offered = Profiles.OnOffer(communityOptions, Membership.Identities.Select(i => i.IdentityOptionId));
        return true;
    }
}
