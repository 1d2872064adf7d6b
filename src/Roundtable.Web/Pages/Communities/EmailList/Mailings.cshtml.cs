using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Mailing;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.EmailList;

// Everything sent to the list, newest first: what, by whom, when and to how many.
public class MailingsModel(CurrentCommunity current, Mailings mailings) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public Community Community { get; private set; } = null!;

    public IReadOnlyList<MailingProgress> Sent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        Sent = await mailings.ListAsync(Community.Id, cancellationToken);
    }
}
