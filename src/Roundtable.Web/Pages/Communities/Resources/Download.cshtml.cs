using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Resources;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Resources;

// A shared file, only to someone who may see its resource, always as an attachment with the
// allow-list's content type and its cleaned name, so a browser saves it and never shows it as a page.
public class DownloadModel(CurrentCommunity current, CommunityResources resources) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [FromRoute]
    public Guid Id { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(Slug, User, cancellationToken))!;
        var file = await resources.FileAsync(here.Community.Id, Id, IndexModel.Visit(here, User), cancellationToken);
        if (file is null)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(file.Bytes, file.ContentType, file.FileName);
    }
}
