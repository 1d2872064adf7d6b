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

// Members see their own suggestions and what became of them. Co-leads also see every open
// suggestion, and accept it (a new version, credited to the member) or decline it with a reason.
public class SuggestionsModel(CurrentCommunity current, Charters charters, CharterPeople people, RoundtableDb db, TimeProvider clock) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    // The open suggestion whose "why not" form is shown (?decline=id).
    [FromQuery(Name = "decline")]
    public Guid? Declining { get; set; }

    [BindProperty]
    public DeclineInput Decline { get; set; } = new();

    public CurrentCommunity.Place Here { get; private set; } = null!;

    public bool ForCoLeads { get; private set; }

    public CharterVersion Charter { get; private set; } = null!;

    public IReadOnlyList<CharterSuggestion> Mine { get; private set; } = [];

    public IReadOnlyList<Review> Open { get; private set; } = [];

    public IReadOnlyList<CharterSuggestion> Decided { get; private set; } = [];

    public CharterPeople.Names Names { get; private set; } = null!;

    // An open suggestion as a co-lead weighs it: what it would change in the section as it is now,
    // and whether the section has changed since the member wrote it.
    public sealed record Review(CharterSuggestion Suggestion, IReadOnlyList<DiffLine> Changes, bool SectionChangedSince);

    public sealed class DeclineInput
    {
        public Guid Id { get; set; }

        public string? Reason { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : RedirectToPage("Index", new { slug = Slug });

    // seenVersion: the charter version the co-lead reviewed the change against.
    public async Task<IActionResult> OnPostAcceptAsync(Guid id, int seenVersion, CancellationToken cancellationToken)
    {
        await FindPlaceAsync(cancellationToken);
        if (!ForCoLeads)
        {
            return Forbid();
        }

        if (await FindAsync(id, cancellationToken) is not { } suggestion)
        {
            return NotFound();
        }

        if (suggestion.Status != SuggestionStatus.Open)
        {
            return AlreadyDecided(suggestion);
        }

        var title = await SectionTitleAsync(suggestion.SectionKey, cancellationToken);
        // The note names no one: the credit does, and shows the member only as they choose to be named now.
        var note = Text.Shorten($"Accepted a member's suggestion for ‘{title}’", CharterVersion.NoteMaxLength);
        var saved = await charters.SaveSectionAsync(
            Here.Community.Id, suggestion.SectionKey, suggestion.ProposedBody, note, seenVersion, User.PersonId()!.Value, suggestion.AuthorId, cancellationToken);
        switch (saved)
        {
            case CharterSave.Conflict:
                await LoadAsync(cancellationToken);
                ModelState.AddModelError(string.Empty,
                    $"‘{title}’ changed while you were looking at this suggestion. Check what it would change now, then accept it again if it is still right.");
                return Page();
            case CharterSave.Saved { Version: var next }:
                MarkAccepted(suggestion, next.Number);
                await db.SaveChangesAsync(cancellationToken);
                TempData.Notify($"Suggestion accepted. The charter is now version {next.Number}, and the member who suggested it is credited.");
                break;
            case CharterSave.Unchanged { Current: var now }:
                MarkAccepted(suggestion, now.Number);
                await db.SaveChangesAsync(cancellationToken);
                TempData.Notify($"Suggestion accepted. ‘{title}’ already said this, so no new version was needed.");
                break;
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeclineAsync(CancellationToken cancellationToken)
    {
        await FindPlaceAsync(cancellationToken);
        if (!ForCoLeads)
        {
            return Forbid();
        }

        if (await FindAsync(Decline.Id, cancellationToken) is not { } suggestion)
        {
            return NotFound();
        }

        if (suggestion.Status != SuggestionStatus.Open)
        {
            return AlreadyDecided(suggestion);
        }

        var reason = ModelState.Required("Decline.Reason", Decline.Reason, "Say why the change is not being made", "The reason", CharterSuggestion.ReasonMaxLength);
        if (reason is null)
        {
            Declining = suggestion.Id;
            await LoadAsync(cancellationToken);
            return Page();
        }

        suggestion.Status = SuggestionStatus.Declined;
        suggestion.Decision = new Decision(User.PersonId()!.Value, clock.GetUtcNow(), reason);
        await db.SaveChangesAsync(cancellationToken);
        TempData.Notify("Suggestion declined. The member who suggested it can see your reason.");
        return RedirectToPage();
    }

    public string SectionTitle(string key) => Charter.Sections.FirstOrDefault(s => s.Key == key)?.Title ?? key;

    private void MarkAccepted(CharterSuggestion suggestion, int version)
    {
        suggestion.Status = SuggestionStatus.Accepted;
        suggestion.AcceptedAsVersion = version;
        suggestion.Decision = new Decision(User.PersonId()!.Value, clock.GetUtcNow());
    }

    private RedirectToPageResult AlreadyDecided(CharterSuggestion suggestion)
    {
        TempData.Notify(suggestion.Status == SuggestionStatus.Accepted
            ? "This suggestion has already been accepted."
            : "This suggestion has already been declined.");
        return RedirectToPage();
    }

    private Task<CharterSuggestion?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.CharterSuggestions.SingleOrDefaultAsync(s => s.Id == id && s.CommunityId == Here.Community.Id, cancellationToken);

    private async Task<string> SectionTitleAsync(string key, CancellationToken cancellationToken) =>
        (await charters.CurrentAsync(Here.Community.Id, cancellationToken))?.Sections.FirstOrDefault(s => s.Key == key)?.Title ?? key;

    private async Task FindPlaceAsync(CancellationToken cancellationToken)
    {
        Here = (await current.FindAsync(Slug, User, cancellationToken))!;
        ForCoLeads = Here.Allows(CommunityRole.CoLead);
    }

    // False for a community with no charter yet: the charter page offers to start one.
    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        await FindPlaceAsync(cancellationToken);
        var communityId = Here.Community.Id;
        if (await charters.CurrentAsync(communityId, cancellationToken) is not { } charter)
        {
            return false;
        }

        Charter = charter;
        var me = User.PersonId();
        var visible = db.CharterSuggestions.AsNoTracking().Where(s => s.CommunityId == communityId);
        if (!ForCoLeads)
        {
            visible = visible.Where(s => s.AuthorId == me);
        }

        var suggestions = await visible.ToListAsync(cancellationToken);
        Mine = suggestions.Where(s => s.AuthorId == me).OrderByDescending(s => s.CreatedAt).ToList();
        Names = await people.NamesAsync(communityId, suggestions.Select(s => (Guid?)s.AuthorId), cancellationToken);
        if (!ForCoLeads)
        {
            return true;
        }

        Decided = suggestions.Where(s => s.Status != SuggestionStatus.Open).OrderByDescending(s => s.Decision?.At).ToList();
        var open = suggestions.Where(s => s.Status == SuggestionStatus.Open).OrderBy(s => s.CreatedAt).ToList();
        var basedOn = open.Select(s => s.BasedOnVersion).Distinct().ToList();
        var then = await (
                from section in db.CharterSections
                join version in db.CharterVersions on section.VersionId equals version.Id
                where version.CommunityId == communityId && basedOn.Contains(version.Number)
                select new { version.Number, section.Key, section.Body })
            .ToListAsync(cancellationToken);
        Open = open.Select(s =>
        {
            var now = Charter.Sections.FirstOrDefault(c => c.Key == s.SectionKey)?.Body ?? "";
            var written = then.FirstOrDefault(t => t.Number == s.BasedOnVersion && t.Key == s.SectionKey)?.Body;
            return new Review(s, TextDiff.Lines(now, s.ProposedBody), written is not null && Charters.Normalise(written) != Charters.Normalise(now));
        }).ToList();
        return true;
    }
}
