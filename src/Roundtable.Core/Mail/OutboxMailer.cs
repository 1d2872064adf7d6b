using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Mail;

// With no mail server configured, email is kept in the database for an admin to read at
// /admin/outbox, so a fresh install can still sign people in.
public sealed class OutboxMailer(RoundtableDb db, TimeProvider clock) : IMailer
{
    public bool UsesOutbox => true;

    public async Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken = default)
    {
        db.Outbox.Add(new OutboxMessage
        {
            To = email.To,
            Subject = email.Subject,
            Body = email.Body,
            CreatedAt = clock.GetUtcNow(),
            HtmlBody = email.HtmlBody,
            Headers = email.HeaderLines(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
