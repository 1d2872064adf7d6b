using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Charter;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Charter;

public class EditSectionModel(CurrentCommunity current, Charters charters) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [FromRoute]
    public string Key { get; set; } = "";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Community Community { get; private set; } = null!;

    public CharterSection Section { get; private set; } = null!;

    // Set when someone else changed this section while this person was editing: what it says now,
    // and how that differs from what this person wrote.
    public CharterSection? Theirs { get; private set; }

    public IReadOnlyList<DiffLine> TheirsToYours { get; private set; } = [];

    public sealed class InputModel
    {
        public string? Body { get; set; }

        public string? Note { get; set; }

        // The version the editor started from, so a change made meanwhile is noticed.
        public int BasedOn { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } version)
        {
            return NoSuchSection();
        }

        Input = new InputModel { Body = Section.Body, BasedOn = version.Number };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } version)
        {
            return NoSuchSection();
        }

        var body = ModelState.Required("Input.Body", Input.Body is null ? null : Charters.Normalise(Input.Body),
            "Enter the text of this section", "The section's text", CharterSection.BodyMaxLength);
        if (body is not null && body == Charters.Normalise(Section.Body))
        {
            return Unchanged(version.Number);
        }

        var note = ModelState.Required("Input.Note", Input.Note, "Say briefly what you changed", "What you changed", CharterVersion.NoteMaxLength);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var saved = await charters.SaveSectionAsync(Community.Id, Key, body!, note!, Input.BasedOn, User.PersonId()!.Value, cancellationToken: cancellationToken);
        switch (saved)
        {
            case CharterSave.Saved { Version: var next }:
                TempData.Notify($"‘{Section.Title}’ has been saved. The charter is now version {next.Number}.");
                return RedirectToPage("Index", null, new { slug = Slug }, $"section-{Key}");
            case CharterSave.Unchanged { Current: var now }:
                return Unchanged(now.Number);
            default:
                var latest = ((CharterSave.Conflict)saved).Current;
                Theirs = latest.Sections.Single(s => s.Key == Key);
                TheirsToYours = TextDiff.Lines(Theirs.Body, body);
                ModelState.AddModelError(string.Empty,
                    $"Someone else changed ‘{Section.Title}’ while you were editing it. Their version is shown below, with the differences from yours. " +
                    "Your text is still in the box: check both, then save again.");
                ModelState.Remove("Input.BasedOn");
                Input.BasedOn = latest.Number;
                return Page();
        }
    }

    // Nothing to save: either this person changed nothing, or the charter already says what they
    // wrote (a second click on Save, or the same change made by someone else).
    private RedirectToPageResult Unchanged(int currentNumber)
    {
        TempData.Notify(Input.BasedOn == currentNumber
            ? $"You did not change ‘{Section.Title}’, so no new version was saved."
            : $"‘{Section.Title}’ already says this, so no new version was needed.");
        return RedirectToPage("Index", null, new { slug = Slug }, $"section-{Key}");
    }

    // A community with no charter yet is sent to the charter page, which offers to start one.
    private IActionResult NoSuchSection() =>
        HasCharter ? NotFound() : RedirectToPage("Index", new { slug = Slug });

    private bool HasCharter { get; set; }

    private async Task<CharterVersion?> LoadAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        var version = await charters.CurrentAsync(Community.Id, cancellationToken);
        HasCharter = version is not null;
        if (version?.Sections.SingleOrDefault(s => s.Key == Key) is not { } section)
        {
            return null;
        }

        Section = section;
        return version;
    }
}
