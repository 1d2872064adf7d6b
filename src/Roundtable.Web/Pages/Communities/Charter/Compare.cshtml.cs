using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Charter;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Charter;

public class CompareModel(CurrentCommunity current, Charters charters, RoundtableDb db) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    // Read as text: a number typed into the address bar by hand should get an explanation, not an error.
    [FromQuery(Name = "from")]
    public string? From { get; set; }

    [FromQuery(Name = "to")]
    public string? To { get; set; }

    public Community Community { get; private set; } = null!;

    public IReadOnlyList<int> Numbers { get; private set; } = [];

    public CharterComparison? Comparison { get; private set; }

    // Why there is nothing to compare, in words.
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        Numbers = await db.CharterVersions.Where(v => v.CommunityId == Community.Id)
            .OrderByDescending(v => v.Number).Select(v => v.Number).ToListAsync(cancellationToken);
        if (Numbers.Count == 0)
        {
            // Not started yet: the charter page says so, and offers co-leads to start it.
            return RedirectToPage("Index", new { slug = Slug });
        }

        var from = Parse(From);
        var to = Parse(To);
        if (from is null || to is null)
        {
            Problem = "Choose the two versions you want to compare.";
        }
        else if (!Numbers.Contains(from.Value) || !Numbers.Contains(to.Value))
        {
            var missing = Numbers.Contains(from.Value) ? to.Value : from.Value;
            Problem = $"There is no version {missing}. The charter has versions 1 to {Numbers[0]}.";
        }
        else if (from == to)
        {
            Problem = "Choose two different versions to compare.";
        }
        else
        {
            var earlier = await charters.VersionAsync(Community.Id, from.Value, cancellationToken);
            var later = await charters.VersionAsync(Community.Id, to.Value, cancellationToken);
            Comparison = CharterComparison.Between(earlier!, later!);
        }

        return Page();
    }

    public CompareFormView Form()
    {
        var latest = Numbers[0];
        var from = Parse(From) is { } f && Numbers.Contains(f) ? f : Math.Max(latest - 1, 1);
        var to = Parse(To) is { } t && Numbers.Contains(t) ? t : latest;
        return new CompareFormView(Slug, Numbers, from, to);
    }

    private static int? Parse(string? number) =>
        int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
