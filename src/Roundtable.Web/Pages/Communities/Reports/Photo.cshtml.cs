using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Reports;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Reports;

// A flipchart photo a report shows, only to someone who may read a version that shows it.
public class PhotoModel(CurrentCommunity current, CommunityReports reports) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [FromRoute]
    public Guid Id { get; set; }

    [FromRoute]
    public Guid PhotoId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(Slug, User, cancellationToken))!;
        if (await reports.PhotoAsync(here.Community.Id, Id, PhotoId, here.ReportReader(User), cancellationToken) is not { } photo)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(photo.Bytes, photo.ContentType);
    }
}
