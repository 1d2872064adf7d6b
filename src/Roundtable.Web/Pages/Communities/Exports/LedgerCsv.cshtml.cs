using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Csv;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Exports;

// The "you said, we did" ledger, as this person may read it, as a CSV file.
public class LedgerCsvModel(CurrentCommunity current, LedgerExport export) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, User, cancellationToken))!;
        return CsvDownload.File(await export.ForCommunityAsync(here.Community, here.Membership, cancellationToken));
    }
}
