using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Mail;

namespace Roundtable.Web.Pages.Admin;

public class OutboxModel(RoundtableDb db, IMailer mailer, IWebHostEnvironment environment) : PageModel
{
    public const int Shown = 100;

    public IReadOnlyList<OutboxMessage> Messages { get; private set; } = [];

    public bool UsesOutbox => mailer.UsesOutbox;

    public bool IsDevelopment => environment.IsDevelopment();

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Messages = await db.Outbox.AsNoTracking()
            .OrderByDescending(m => m.CreatedAt)
            .Take(Shown)
            .ToListAsync(cancellationToken);
}
