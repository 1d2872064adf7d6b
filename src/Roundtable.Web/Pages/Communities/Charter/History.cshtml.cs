using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Charter;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Charter;

public class HistoryModel(CurrentCommunity current, CharterPeople people, RoundtableDb db) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public Community Community { get; private set; } = null!;

    public IReadOnlyList<Entry> Versions { get; private set; } = [];

    public sealed record Entry(int Number, DateTimeOffset CreatedAt, string Author, string Note, string? CreditedTo);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        var versions = await db.CharterVersions.AsNoTracking()
            .Where(v => v.CommunityId == Community.Id)
            .OrderByDescending(v => v.Number)
            .Select(v => new { v.Number, v.CreatedAt, v.AuthorId, v.Note, v.CreditedToId })
            .ToListAsync(cancellationToken);
        if (versions.Count == 0)
        {
            // Not started yet: the charter page says so, and offers co-leads to start it.
            return RedirectToPage("Index", new { slug = Slug });
        }

        var names = await people.NamesAsync(Community.Id, versions.SelectMany(v => new[] { v.AuthorId, v.CreditedToId }), cancellationToken);
        Versions = versions
            .Select(v => new Entry(v.Number, v.CreatedAt, names.Of(v.AuthorId), v.Note, v.CreditedToId is null ? null : names.Of(v.CreditedToId)))
            .ToList();
        return Page();
    }
}
