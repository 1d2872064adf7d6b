using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Charter;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Charter;

public class PrinciplesModel(CurrentCommunity current, Charters charters) : PageModel
{
    // Room for new principles under the ones there are.
    private const int EmptyRows = 2;

    [FromRoute]
    public string Slug { get; set; } = "";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Community Community { get; private set; } = null!;

    // Set when someone else changed the principles while this person was editing.
    public IReadOnlyList<DiscussionPrinciple>? Theirs { get; private set; }

    public IReadOnlyList<DiffLine> TheirsToYours { get; private set; } = [];

    public sealed class InputModel
    {
        public List<Row> Principles { get; set; } = [];

        public string? Note { get; set; }

        public int BasedOn { get; set; }
    }

    public sealed class Row
    {
        public string? Name { get; set; }

        public string? Description { get; set; }

        // Where it goes in the list; text, so "first" is answered with a message rather than lost.
        public string? Position { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } version)
        {
            return RedirectToPage("Index", new { slug = Slug });
        }

        Input = new InputModel
        {
            Principles = version.Principles.OrderBy(p => p.Position)
                .Select(p => new Row { Name = p.Name, Description = p.Description })
                .Concat(Enumerable.Range(0, EmptyRows).Select(_ => new Row()))
                .Select((row, index) => { row.Position = (index + 1).ToString(CultureInfo.InvariantCulture); return row; })
                .ToList(),
            BasedOn = version.Number,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } version)
        {
            return RedirectToPage("Index", new { slug = Slug });
        }

        var principles = ReadRows();
        if (principles is not null && Same(principles, version.Principles))
        {
            return Unchanged(version.Number);
        }

        var note = ModelState.Required("Input.Note", Input.Note, "Say briefly what you changed", "What you changed", CharterVersion.NoteMaxLength);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var saved = await charters.SavePrinciplesAsync(Community.Id, principles!, note!, Input.BasedOn, User.PersonId()!.Value, cancellationToken);
        switch (saved)
        {
            case CharterSave.Saved { Version: var next }:
                TempData.Notify($"The discussion principles have been saved. The charter is now version {next.Number}.");
                return RedirectToPage("Index", null, new { slug = Slug }, $"section-{CharterTemplate.HowWeWorkTogether}");
            case CharterSave.Unchanged { Current: var now }:
                return Unchanged(now.Number);
            default:
                var latest = ((CharterSave.Conflict)saved).Current;
                Theirs = latest.Principles.OrderBy(p => p.Position).ToList();
                TheirsToYours = TextDiff.Lines(CharterComparison.PrincipleLines(Theirs), CharterComparison.PrincipleLines(principles!));
                ModelState.AddModelError(string.Empty,
                    "Someone else changed the discussion principles while you were editing them. Their version is shown below, with the differences from yours. " +
                    "Your changes are still in the form: check both, then save again.");
                ModelState.Remove("Input.BasedOn");
                Input.BasedOn = latest.Number;
                return Page();
        }
    }

    // The principles in their new order, or null after recording what is wrong. A row left empty
    // is not a principle; a row half filled in is a mistake to point out.
    private List<CharterTemplate.Principle>? ReadRows()
    {
        var kept = new List<(int Position, int Row, CharterTemplate.Principle Principle)>();
        for (var i = 0; i < Input.Principles.Count; i++)
        {
            var row = Input.Principles[i];
            var number = i + 1;
            if (string.IsNullOrWhiteSpace(row.Name) && string.IsNullOrWhiteSpace(row.Description))
            {
                continue;
            }

            var prefix = $"Input.Principles[{i}]";
            var name = ModelState.Required($"{prefix}.Name", row.Name, $"Enter a name for principle {number}",
                $"The name of principle {number}", DiscussionPrinciple.NameMaxLength);
            var description = ModelState.Required($"{prefix}.Description", row.Description, $"Enter what principle {number} means",
                $"What principle {number} means", DiscussionPrinciple.DescriptionMaxLength);
            var position = int.MaxValue;
            if (!string.IsNullOrWhiteSpace(row.Position)
                && !int.TryParse(row.Position.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out position))
            {
                ModelState.AddModelError($"{prefix}.Position", $"The position of principle {number} must be a number, like 1 or 2");
            }

            if (name is not null && description is not null)
            {
                kept.Add((position, i, new CharterTemplate.Principle(name, description)));
            }
        }

        if (kept.Count == 0 && ModelState.IsValid)
        {
            ModelState.AddModelError("Input.Principles[0].Name", "Enter at least one discussion principle");
        }

        return ModelState.IsValid ? kept.OrderBy(k => k.Position).ThenBy(k => k.Row).Select(k => k.Principle).ToList() : null;
    }

    private static bool Same(List<CharterTemplate.Principle> principles, IEnumerable<DiscussionPrinciple> saved) =>
        principles.SequenceEqual(saved.OrderBy(p => p.Position).Select(p => new CharterTemplate.Principle(p.Name, p.Description)));

    private RedirectToPageResult Unchanged(int currentNumber)
    {
        TempData.Notify(Input.BasedOn == currentNumber
            ? "You did not change the discussion principles, so no new version was saved."
            : "The discussion principles already say this, so no new version was needed.");
        return RedirectToPage("Index", null, new { slug = Slug }, $"section-{CharterTemplate.HowWeWorkTogether}");
    }

    // Null for a community with no charter yet: the charter page offers to start one.
    private async Task<CharterVersion?> LoadAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        return await charters.CurrentAsync(Community.Id, cancellationToken);
    }
}
