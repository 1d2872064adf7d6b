using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.People;
using Roundtable.Core.Security;

namespace Roundtable.Core.Mailing;

// What an unsubscribe link is about: the community, and whether they are still on its list.
public sealed record UnsubscribeLink(string Community, string Email, bool StillOnList);

// The link at the foot of every email to the list, and the one-click POST of RFC 8058. Whoever
// holds the link may use it, signed in or not: it names one recipient of one mailing. For a member
// it withdraws their consent to contact (recorded, as every change of consent is); for a
// subscriber it ends the subscription. Using it again changes nothing.
public sealed class Unsubscribes(RoundtableDb db, TimeProvider clock)
{
    public async Task<UnsubscribeLink?> CheckAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (await RecipientAsync(token, cancellationToken) is not { } recipient)
        {
            return null;
        }

        var onList = recipient.MembershipId is { } membershipId
            ? await db.Memberships.AnyAsync(m => m.Id == membershipId && m.ContactConsent, cancellationToken)
            : await db.Subscribers.AnyAsync(s => s.Id == recipient.SubscriberId && s.EndedAt == null, cancellationToken);
        return new UnsubscribeLink(recipient.Community, recipient.Email, onList);
    }

    // Null for a link that is not one.
    public async Task<UnsubscribeLink?> UnsubscribeAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (await RecipientAsync(token, cancellationToken) is not { } recipient)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        if (recipient.MembershipId is { } membershipId)
        {
            var membership = await db.Memberships.SingleAsync(m => m.Id == membershipId, cancellationToken);
            Consents.Record(db, membership, Consents.Current(membership) with { Contact = false }, now);
        }
        else if (await db.Subscribers.SingleOrDefaultAsync(s => s.Id == recipient.SubscriberId && s.EndedAt == null, cancellationToken) is { } subscriber)
        {
            subscriber.EndedAt = now;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The button and the mail reader's one-click at once: the other one did it.
            db.ChangeTracker.Clear();
        }

        return new UnsubscribeLink(recipient.Community, recipient.Email, StillOnList: false);
    }

    private sealed record Recipient(string Email, Guid? MembershipId, Guid? SubscriberId, string Community);

    // The one recipient of one mailing a link names; null for a link that is not one.
    private async Task<Recipient?> RecipientAsync(string? token, CancellationToken cancellationToken) =>
        Hash(token) is not { } hash
            ? null
            : await db.MailingRecipients.AsNoTracking()
                .Where(r => r.UnsubscribeTokenHash == hash)
                .Select(r => new Recipient(r.Email, r.MembershipId, r.SubscriberId, r.Mailing.Community.Name))
                .SingleOrDefaultAsync(cancellationToken);

    private static string? Hash(string? token) =>
        string.IsNullOrWhiteSpace(token) || token.Length > 100 ? null : SecretToken.Hash(token);
}
