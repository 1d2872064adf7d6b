using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Mail;

namespace Roundtable.Web.Pages.Admin;

public class IndexModel(RoundtableDb db, IMailer mailer) : PageModel
{
    public int Communities { get; private set; }

    public int People { get; private set; }

    public bool UsesOutbox => mailer.UsesOutbox;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Communities = await db.Communities.CountAsync(cancellationToken);
        People = await db.Users.CountAsync(cancellationToken);
    }
}
