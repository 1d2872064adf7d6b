using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.People;

public class MeModel(CurrentCommunity current, RoundtableDb db, TimeProvider clock) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    // "true" from the invitation pages, when someone has just joined. A string, so that an odd
    // value is simply no welcome rather than a problem to show.
    [FromQuery(Name = "welcome")]
    public string? WelcomeParameter { get; set; }

    public bool Welcome => string.Equals(WelcomeParameter, "true", StringComparison.OrdinalIgnoreCase);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Community Community { get; private set; } = null!;

    public Membership Membership { get; private set; } = null!;

    public IReadOnlyList<IdentityOption> Offered { get; private set; } = [];

    public IReadOnlyList<ConsentChange> History { get; private set; } = [];

    private List<IdentityOption> communityOptions = [];

    public sealed class InputModel
    {
        // Nullable: a value sent empty ("Input.Identities=") binds as null.
        public List<string?> Identities { get; set; } = [];

        public string? Organisation { get; set; }

        public string? JobRole { get; set; }

        public Naming Naming { get; set; }

        public List<string?> AccessNeeds { get; set; } = [];

        public string? OtherAccessNeeds { get; set; }

        public bool ContactConsent { get; set; }

        public QuoteConsent QuoteConsent { get; set; }

        public bool PhotoConsent { get; set; }

        public string? Offers { get; set; }

        public string? LookingFor { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var m = Membership;
        Input = new InputModel
        {
            Identities = m.Identities.Select(i => (string?)i.IdentityOptionId.ToString()).ToList(),
            Organisation = m.Organisation,
            JobRole = m.JobRole,
            Naming = m.Naming,
            AccessNeeds = Profiles.Split(m.AccessNeeds).Select(n => (string?)n.ToString()).ToList(),
            OtherAccessNeeds = m.OtherAccessNeeds,
            ContactConsent = m.ContactConsent,
            QuoteConsent = m.QuoteConsent,
            PhotoConsent = m.PhotoConsent,
            Offers = m.Offers,
            LookingFor = m.LookingFor,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var details = Validate();
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
        return RedirectToPage("Me", new { slug = Community.Slug });
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
            .ToList());

    public CheckboxGroup AccessNeedChoices() => new(
        "Input.AccessNeeds",
        "Is there anything you need to take part?",
        "Only this community's co-leads and facilitators see this, to plan sessions that work for you. Choose all that apply.",
        [new(null, Profiles.AccessNeedOptions.Select(o => new CheckboxGroup.Item(
            o.Need.ToString(), o.Label, o.Hint, Input.AccessNeeds.Contains(o.Need.ToString(), StringComparer.Ordinal))).ToList())]);

    private Profiles.Details? Validate()
    {
        var offered = Offered.ToDictionary(o => o.Id.ToString(), o => o.Id, StringComparer.OrdinalIgnoreCase);
        var identities = Input.Identities.Select(id => id is not null && offered.TryGetValue(id, out var option) ? option : (Guid?)null).ToList();
        if (identities.Any(id => id is null))
        {
            ModelState.AddModelError("Input.Identities", "Choose who you are from the list");
        }

        var organisation = ModelState.Optional("Input.Organisation", Input.Organisation, "Organisation", Membership.OrganisationMaxLength);
        var jobRole = ModelState.Optional("Input.JobRole", Input.JobRole, "Role", Membership.JobRoleMaxLength);
        Choice("Input.Naming", Enum.IsDefined(Input.Naming), "Choose how you want to be named");
        var needs = Input.AccessNeeds.Select(n => Profiles.AccessNeedOptions.FirstOrDefault(o => o.Need.ToString() == n)).ToList();
        if (needs.Any(n => n is null))
        {
            ModelState.AddModelError("Input.AccessNeeds", "Choose your access needs from the list");
        }

        var otherNeeds = ModelState.Optional("Input.OtherAccessNeeds", Input.OtherAccessNeeds, "Other access needs", Membership.OtherAccessNeedsMaxLength);
        Choice("Input.ContactConsent", true, "Choose whether the email list can contact you");
        Choice("Input.QuoteConsent", Enum.IsDefined(Input.QuoteConsent), "Choose whether you can be quoted in reports");
        Choice("Input.PhotoConsent", true, "Choose whether you can appear in photos");
        var offers = ModelState.Optional("Input.Offers", Input.Offers, "What you can offer", Membership.OffersMaxLength);
        var lookingFor = ModelState.Optional("Input.LookingFor", Input.LookingFor, "What you are looking for", Membership.LookingForMaxLength);
        if (!ModelState.IsValid)
        {
            return null;
        }

        return new Profiles.Details(
            identities.Select(id => id!.Value).ToHashSet(),
            organisation,
            jobRole,
            Input.Naming,
            needs.Aggregate(AccessNeeds.None, (all, n) => all | n!.Need),
            otherNeeds,
            new Consents.Choice(Input.ContactConsent, Input.QuoteConsent, Input.PhotoConsent),
            offers,
            lookingFor);
    }

    // A choice that did not bind (a value the form never offers) gets our words, not the framework's.
    private void Choice(string key, bool isValid, string message)
    {
        if (ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
        {
            entry.Errors.Clear();
            isValid = false;
        }

        if (!isValid)
        {
            ModelState.AddModelError(key, message);
        }
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var place = (await current.FindAsync(Slug, User, cancellationToken))!;
        if (place.Membership is null)
        {
            // A site admin who is not a member has no place here to describe.
            return false;
        }

        Community = place.Community;
        Membership = await db.Memberships.Include(m => m.Person).Include(m => m.Identities)
            .SingleAsync(m => m.Id == place.Membership.Id, cancellationToken);
        communityOptions = await db.IdentityOptions.AsNoTracking().Where(o => o.CommunityId == Community.Id).ToListAsync(cancellationToken);
        Offered = Profiles.OnOffer(communityOptions, Membership.Identities.Select(i => i.IdentityOptionId));
        History = await db.ConsentChanges.AsNoTracking()
            .Where(c => c.MembershipId == Membership.Id)
            .OrderByDescending(c => c.At).ThenBy(c => c.Kind)
            .ToListAsync(cancellationToken);
        return true;
    }
}
