using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Csv;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Exports;

// A session's register as a CSV file.
public class AttendanceCsvModel(CurrentCommunity current, AttendanceExport export) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string slug, int number, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, User, cancellationToken))!;
        return await export.ForSessionAsync(here.Community, number, cancellationToken) is { } file ? CsvDownload.File(file) : NotFound();
    }
}
