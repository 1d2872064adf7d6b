using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Csv;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Exports;

// What was said at a session, with its themes, as a CSV file.
public class ContributionsCsvModel(CurrentCommunity current, ContributionsExport export) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string slug, int number, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, User, cancellationToken))!;
        return await export.ForSessionAsync(here.Community, number, here.Membership, cancellationToken) is { } file ? CsvDownload.File(file) : NotFound();
    }
}
