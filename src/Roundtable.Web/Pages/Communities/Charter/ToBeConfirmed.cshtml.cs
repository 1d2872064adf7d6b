using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Charter;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Charter;

public class ToBeConfirmedModel(CurrentCommunity current, Charters charters, RoundtableDb db, TimeProvider clock) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [BindProperty]
    public AddInput Add { get; set; } = new();

    [BindProperty]
    public ConfirmInput Confirm { get; set; } = new();

    // The open item whose "what was agreed" form is shown (?confirm=id).
    [FromQuery(Name = "confirm")]
    public Guid? Confirming { get; set; }

    public Community Community { get; private set; } = null!;

    public IReadOnlyList<CharterSection> Sections { get; private set; } = [];

    public IReadOnlyList<ToBeConfirmed> Open { get; private set; } = [];

    public IReadOnlyList<ToBeConfirmed> Confirmed { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public DateParts DueOn { get; } = new();

    public sealed class AddInput
    {
        public string? SectionKey { get; set; }

        public string? Text { get; set; }

        public string? Day { get; set; }

        public string? Month { get; set; }

        public string? Year { get; set; }

        public string? ConfirmedWith { get; set; }
    }

    public sealed class ConfirmInput
    {
        public Guid Id { get; set; }

        public string? Outcome { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : RedirectToPage("Index", new { slug = Slug });

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return RedirectToPage("Index", new { slug = Slug });
        }

        var section = Sections.FirstOrDefault(s => s.Key == Add.SectionKey);
        if (section is null)
        {
            ModelState.AddModelError("Add.SectionKey", "Choose the part of the charter it belongs to");
        }

        var text = ModelState.Required("Add.Text", Add.Text, "Enter what is to be confirmed", "What is to be confirmed", ToBeConfirmed.TextMaxLength);
        var dueOn = DueOn.Read(ModelState, "Add", Add.Day, Add.Month, Add.Year, "Enter the date it is to be confirmed by");
        var confirmedWith = ModelState.Required("Add.ConfirmedWith", Add.ConfirmedWith, "Enter who it is to be confirmed with",
            "Who it is to be confirmed with", ToBeConfirmed.ConfirmedWithMaxLength);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The same item sent twice (a double click) is added once.
        var already = Open.Any(t => t.SectionKey == section!.Key && t.Text == text && t.DueOn == dueOn && t.ConfirmedWith == confirmedWith);
        if (!already)
        {
            db.ToBeConfirmed.Add(new ToBeConfirmed
            {
                CommunityId = Community.Id,
                SectionKey = section!.Key,
                Text = text!,
                DueOn = dueOn!.Value,
                ConfirmedWith = confirmedWith!,
                CreatedById = User.PersonId()!.Value,
                CreatedAt = clock.GetUtcNow(),
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        TempData.Notify($"Added to ‘{section!.Title}’: to be confirmed with {confirmedWith} by {CharterView.Date(dueOn!.Value)}.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var item = await db.ToBeConfirmed.SingleOrDefaultAsync(t => t.Id == Confirm.Id && t.CommunityId == Community.Id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        if (item.ConfirmedAt is not null)
        {
            // Already done, perhaps by this same form a moment ago: keep what was recorded first.
            TempData.Notify($"‘{Text.Shorten(item.Text, 80)}’ is confirmed.");
            return RedirectToPage();
        }

        var outcome = ModelState.Required("Confirm.Outcome", Confirm.Outcome, "Enter what was agreed", "What was agreed", ToBeConfirmed.TextMaxLength);
        if (outcome is null)
        {
            Confirming = item.Id;
            return Page();
        }

        item.Outcome = outcome;
        item.ConfirmedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        TempData.Notify($"‘{Text.Shorten(item.Text, 80)}’ is confirmed.");
        return RedirectToPage();
    }

    public string SectionTitle(string key) => Sections.FirstOrDefault(s => s.Key == key)?.Title ?? key;

    // False for a community with no charter yet: the charter page offers to start one.
    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        Today = UkTime.Today(clock);
        var version = await charters.CurrentAsync(Community.Id, cancellationToken);
        Sections = version?.Sections.OrderBy(s => s.Position).ToList() ?? [];
        var items = await db.ToBeConfirmed.AsNoTracking().Where(t => t.CommunityId == Community.Id).ToListAsync(cancellationToken);
        Open = items.Where(t => t.ConfirmedAt is null).OrderBy(t => t.DueOn).ThenBy(t => t.CreatedAt).ToList();
        Confirmed = items.Where(t => t.ConfirmedAt is not null).OrderByDescending(t => t.ConfirmedAt).ToList();
        return version is not null;
    }
}
