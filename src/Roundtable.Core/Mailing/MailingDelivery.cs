using System.Net;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Mail;
using Roundtable.Core.People;
using Roundtable.Core.Security;

namespace Roundtable.Core.Mailing;

// Sends each pending recipient of every mailing its own copy, with its own unsubscribe link and
// the RFC 8058 headers. A recipient is claimed (Pending → Sending) before the mailer is called and
// marked Sent or Failed after; so no recipient is ever sent twice, even by two servers at once.
// If the process dies between the two, the recipient stays Sending and, at the next start, is
// marked failed ("may have arrived"), not sent again: a missed email is better than a double one.
public sealed class MailingDelivery(RoundtableDb db, IMailer mailer, ILinks links, TimeProvider clock)
{
    public const int Batch = 20;

    public const string Interrupted = "The app stopped while this was being sent: it may have arrived, and was not sent again";
    public const string LeftTheList = "Left the email list before this was sent";
    public const string MalformedAddress = "Not a valid email address";

    public const string OneClick = "List-Unsubscribe=One-Click";

    // At start, before sending anything: what was being sent when the app last stopped.
    public Task<int> MarkInterruptedAsync(CancellationToken cancellationToken = default) =>
        db.MailingRecipients
            .Where(r => r.State == RecipientState.Sending)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.State, RecipientState.Failed).SetProperty(r => r.Failure, Interrupted), cancellationToken);

    // Sends until nothing is pending; returns how many it sent or failed. A send under way is
    // finished before stopping is honoured, so a normal shutdown leaves nothing half done.
    public async Task<int> SendPendingAsync(CancellationToken stoppingToken = default)
    {
        var done = 0;
        var mailings = new Dictionary<Guid, (ListMailing Mailing, string Community)>();
        while (!stoppingToken.IsCancellationRequested)
        {
            var pending = await db.MailingRecipients.AsNoTracking()
                .Where(r => r.State == RecipientState.Pending)
                .OrderBy(r => r.Id)
                .Take(Batch)
                .ToListAsync(stoppingToken);
            if (pending.Count == 0)
            {
                break;
            }

            foreach (var recipient in pending)
            {
                if (stoppingToken.IsCancellationRequested)
                {
                    break;
                }

                if (!mailings.TryGetValue(recipient.MailingId, out var mailing))
                {
                    mailing = await db.Mailings.AsNoTracking().Where(m => m.Id == recipient.MailingId)
                        .Select(m => new ValueTuple<ListMailing, string>(m, m.Community.Name)).SingleAsync(stoppingToken);
                    mailings[recipient.MailingId] = mailing;
                }

                if (await SendAsync(recipient, mailing.Mailing, mailing.Community))
                {
                    done++;
                }
            }

            await FinishAsync(pending.Select(r => r.MailingId).Distinct());
        }

        return done;
    }

    // What went wrong, in words for the progress page: the mail server's own answer where it gave one.
    public static string Reason(Exception e)
    {
        var reason = e.Message.ReplaceLineEndings(" ").Trim();
        return reason.Length > MailingRecipient.FailureMaxLength ? reason[..MailingRecipient.FailureMaxLength] : reason;
    }

    private async Task<bool> SendAsync(MailingRecipient recipient, ListMailing mailing, string community)
    {
        var token = SecretToken.Create();
        var claimed = await db.MailingRecipients
            .Where(r => r.Id == recipient.Id && r.State == RecipientState.Pending)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.State, RecipientState.Sending).SetProperty(r => r.UnsubscribeTokenHash, SecretToken.Hash(token)));
        if (claimed == 0)
        {
            // Another server took it.
            return false;
        }

        string? failure = null;
        if (EmailAddress.Problem(recipient.Email) is not null)
        {
            failure = MalformedAddress;
        }
        else if (!await StillOnListAsync(recipient))
        {
            failure = LeftTheList;
        }
        else
        {
            try
            {
                await mailer.SendAsync(Email(recipient, mailing, community, links.To($"/unsubscribe/{token}")));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failure = Reason(e);
            }
        }

        var now = clock.GetUtcNow();
        await db.MailingRecipients
            .Where(r => r.Id == recipient.Id)
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.State, failure is null ? RecipientState.Sent : RecipientState.Failed)
                .SetProperty(r => r.Failure, failure)
                .SetProperty(r => r.SentAt, failure is null ? now : null));
        return true;
    }

    // Someone who unsubscribed between the queueing and their turn gets nothing.
    private Task<bool> StillOnListAsync(MailingRecipient recipient) =>
        recipient.MembershipId is { } membershipId
            ? db.Memberships.AnyAsync(m => m.Id == membershipId && m.LeftAt == null && m.ContactConsent)
            : db.Subscribers.AnyAsync(s => s.Id == recipient.SubscriberId && s.ConfirmedAt != null && s.EndedAt == null);

    private async Task FinishAsync(IEnumerable<Guid> mailingIds)
    {
        var now = clock.GetUtcNow();
        foreach (var id in mailingIds)
        {
            await db.Mailings
                .Where(m => m.Id == id && m.FinishedAt == null && !m.Recipients.Any(r => r.State == RecipientState.Pending || r.State == RecipientState.Sending))
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.FinishedAt, now));
        }
    }

    private static OutgoingEmail Email(MailingRecipient recipient, ListMailing mailing, string community, Uri unsubscribe)
    {
        var why = recipient.MembershipId is null
            ? $"You get this email because you subscribed to the email list of {community}."
            : $"You get this email because you agreed to be contacted by {community}.";
        var text = $"{mailing.TextBody.TrimEnd()}\n\n--\n{why}\nTo stop getting these emails, unsubscribe: {unsubscribe}\n";
        var html = mailing.HtmlBody is null
            ? null
            : $"{mailing.HtmlBody}\n<hr>\n<p>{WebUtility.HtmlEncode(why)} <a href=\"{WebUtility.HtmlEncode(unsubscribe.ToString())}\">Unsubscribe</a></p>";
        return new OutgoingEmail(recipient.Email, mailing.Subject, text, html, new Dictionary<string, string>
        {
            ["List-Unsubscribe"] = $"<{unsubscribe}>",
            ["List-Unsubscribe-Post"] = OneClick,
        });
    }
}
