using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Charter;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Charter;

// Two steps that work without JavaScript: choose a section (a GET form), then write the
// suggestion starting from what the section says now.
public class SuggestModel(CurrentCommunity current, Charters charters, RoundtableDb db, TimeProvider clock) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    // ?section=key; bound under the property's own name so its error is listed once.
    [FromQuery]
    public string? Section { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Community Community { get; private set; } = null!;

    public CharterVersion Charter { get; private set; } = null!;

    // The section being suggested for; null while one is being chosen.
    public CharterSection? Chosen { get; private set; }

    public sealed class InputModel
    {
        public string? SectionKey { get; set; }

        public string? Body { get; set; }

        public string? Reason { get; set; }

        public int BasedOn { get; set; }

        // This form's own id: sent twice, it still makes one suggestion.
        public Guid SubmissionKey { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return RedirectToPage("Index", new { slug = Slug });
        }

        Chosen = Charter.Sections.FirstOrDefault(s => s.Key == Section);
        if (Chosen is null)
        {
            if (Request.Query.ContainsKey("section"))
            {
                ModelState.AddModelError(nameof(Section), "Choose the part of the charter your suggestion is about");
            }

            return Page();
        }

        Input = new InputModel { SectionKey = Chosen.Key, Body = Chosen.Body, BasedOn = Charter.Number, SubmissionKey = Guid.NewGuid() };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return RedirectToPage("Index", new { slug = Slug });
        }

        Chosen = Charter.Sections.FirstOrDefault(s => s.Key == Input.SectionKey);
        if (Chosen is null)
        {
            ModelState.AddModelError(nameof(Section), "Choose the part of the charter your suggestion is about");
            return Page();
        }

        if (Input.SubmissionKey == Guid.Empty)
        {
            Input.SubmissionKey = Guid.NewGuid();
        }

        var authorId = User.PersonId()!.Value;
        if (await SentAlreadyAsync(authorId, cancellationToken))
        {
            return Sent();
        }

        var body = ModelState.Required("Input.Body", Input.Body is null ? null : Charters.Normalise(Input.Body),
            "Enter the text you suggest for this section", "Your text", CharterSection.BodyMaxLength);
        if (body is not null && body == Charters.Normalise(Chosen.Body))
        {
            ModelState.AddModelError("Input.Body", "Change the text to say what you suggest: it is the same as the charter now");
        }

        var reason = ModelState.Required("Input.Reason", Input.Reason, "Say why you suggest this change", "Why you suggest it", CharterSuggestion.ReasonMaxLength);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.CharterSuggestions.Add(new CharterSuggestion
        {
            CommunityId = Community.Id,
            SectionKey = Chosen.Key,
            BasedOnVersion = Input.BasedOn is > 0 && Input.BasedOn <= Charter.Number ? Input.BasedOn : Charter.Number,
            ProposedBody = body!,
            Reason = reason!,
            AuthorId = authorId,
            CreatedAt = clock.GetUtcNow(),
            SubmissionKey = Input.SubmissionKey,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same form arrived twice at once, and the other one was saved.
            db.ChangeTracker.Clear();
            if (!await SentAlreadyAsync(authorId, cancellationToken))
            {
                throw;
            }
        }

        return Sent();
    }

    private Task<bool> SentAlreadyAsync(Guid authorId, CancellationToken cancellationToken) =>
        db.CharterSuggestions.AsNoTracking().AnyAsync(s => s.SubmissionKey == Input.SubmissionKey && s.AuthorId == authorId, cancellationToken);

    private RedirectToPageResult Sent()
    {
        TempData.Notify($"Thank you. Your suggestion for ‘{Chosen!.Title}’ has been sent to the co-leads.");
        return RedirectToPage("Suggestions", new { slug = Slug });
    }

    // False for a community with no charter yet: the charter page offers to start one.
    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        if (await charters.CurrentAsync(Community.Id, cancellationToken) is not { } charter)
        {
            return false;
        }

        Charter = charter;
        return true;
    }
}
