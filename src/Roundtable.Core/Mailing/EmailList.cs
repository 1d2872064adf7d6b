using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Mail;
using Roundtable.Core.People;
using Roundtable.Core.Security;
using Roundtable.Core.SignIn;

namespace Roundtable.Core.Mailing;

public enum SubscriberOutcome
{
    // A confirmation link was sent; the address joins the list when it is followed.
    LinkSent,

    // Already confirmed and on the list: nothing was sent.
    AlreadyOnList,

    // Confirmed, or removed: done.
    Done,

    Invalid,
    NotACoLead,
    NotFound,
}

public sealed record SubscriberResult(SubscriberOutcome Outcome, Subscriber? Subscriber, IReadOnlyList<Problem> Problems)
{
    public static readonly SubscriberResult NotFound = new(SubscriberOutcome.NotFound, null, []);

    public static readonly SubscriberResult NotACoLead = new(SubscriberOutcome.NotACoLead, null, [new Problem("", EmailListAccess.NotACoLead)]);
}

public enum SubscriberStatus
{
    Confirmed,
    AwaitingConfirmation,
    LinkExpired,
}

public sealed record SubscriberView(Guid Id, string Email, SubscriberStatus Status, DateTimeOffset AddedAt, DateTimeOffset? ConfirmedAt);

// Members are counted, never listed: who consented to contact is theirs to say on their own page.
public sealed record EmailListView(int MembersConsenting, int MembersNotConsenting, IReadOnlyList<SubscriberView> Subscribers)
{
    public int ConfirmedSubscribers => Subscribers.Count(s => s.Status == SubscriberStatus.Confirmed);

    public int OnList => MembersConsenting + ConfirmedSubscribers;
}

// Where one email goes, as the list stands now.
public sealed record ListRecipient(string Email, Guid? MembershipId, Guid? SubscriberId);

// The community's email list: its members who consented to contact, and outside subscribers a
// co-lead added who confirmed by the link sent to them (double opt-in).
public sealed class EmailList(RoundtableDb db, IMailer mailer, ILinks links, TimeProvider clock)
{
    public static readonly TimeSpan ConfirmLinkLifetime = TimeSpan.FromDays(7);

    public const string EmailField = "Email";

    public async Task<EmailListView> ViewAsync(Guid communityId, CancellationToken cancellationToken = default)
    {
        var members = await db.Memberships.AsNoTracking()
            .Where(m => m.CommunityId == communityId && m.LeftAt == null)
            .GroupBy(m => m.ContactConsent && m.Person.Email != null)
            .Select(g => new { Consenting = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var subscribers = await db.Subscribers.AsNoTracking()
            .Where(s => s.CommunityId == communityId && s.EndedAt == null)
            .OrderBy(s => s.Email)
            .ToListAsync(cancellationToken);
        return new EmailListView(
            members.Where(m => m.Consenting).Sum(m => m.Count),
            members.Where(m => !m.Consenting).Sum(m => m.Count),
            subscribers.Select(s => new SubscriberView(s.Id, s.Email, StatusOf(s, now), s.AddedAt, s.ConfirmedAt)).ToList());
    }

    // Consenting members first; a subscriber whose address is a member's is the same person, once.
    public async Task<IReadOnlyList<ListRecipient>> RecipientsAsync(Guid communityId, CancellationToken cancellationToken = default)
    {
        var members = await Consents.WhoMayBeContactedAsync(db, communityId, cancellationToken);
        var subscribers = await db.Subscribers.AsNoTracking()
            .Where(s => s.CommunityId == communityId && s.ConfirmedAt != null && s.EndedAt == null)
            .OrderBy(s => s.ConfirmedAt)
            .Select(s => new { s.Id, s.Email })
            .ToListAsync(cancellationToken);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var recipients = new List<ListRecipient>();
        foreach (var member in members.Where(m => seen.Add(EmailAddress.Normalise(m.Email))))
        {
            recipients.Add(new ListRecipient(member.Email.Trim(), member.MembershipId, null));
        }

        recipients.AddRange(subscribers.Where(s => seen.Add(s.Email)).Select(s => new ListRecipient(s.Email, null, s.Id)));
        return recipients;
    }

    // Adding an address already waiting sends a fresh link; one that was removed starts again.
    public async Task<SubscriberResult> AddAsync(Guid communityId, string? email, Guid byPersonId, CancellationToken cancellationToken = default)
    {
        if (!await EmailListAccess.MayManageAsync(db, communityId, byPersonId, cancellationToken))
        {
            return SubscriberResult.NotACoLead;
        }

        if (EmailAddress.Problem(email, "Enter the email address to add") is { } problem)
        {
            return new(SubscriberOutcome.Invalid, null, [new Problem(EmailField, problem)]);
        }

        var address = EmailAddress.Normalise(email!);
        var now = clock.GetUtcNow();
        var subscriber = await db.Subscribers.SingleOrDefaultAsync(s => s.CommunityId == communityId && s.Email == address, cancellationToken);
        if (subscriber is { IsOnList: true })
        {
            return new(SubscriberOutcome.AlreadyOnList, subscriber, []);
        }

        if (subscriber is null)
        {
            subscriber = new Subscriber { CommunityId = communityId, Email = address };
            db.Subscribers.Add(subscriber);
        }

        var token = SecretToken.Create();
        subscriber.AddedById = byPersonId;
        subscriber.AddedAt = now;
        subscriber.ConfirmedAt = null;
        subscriber.EndedAt = null;
        subscriber.ConfirmTokenHash = SecretToken.Hash(token);
        subscriber.ConfirmExpiresAt = now + ConfirmLinkLifetime;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Added twice at once: the first one in sent its link.
            db.ChangeTracker.Clear();
            var first = await db.Subscribers.AsNoTracking().SingleAsync(s => s.CommunityId == communityId && s.Email == address, cancellationToken);
            return new(first.IsOnList ? SubscriberOutcome.AlreadyOnList : SubscriberOutcome.LinkSent, first, []);
        }

        var community = await db.Communities.AsNoTracking().Where(c => c.Id == communityId).Select(c => c.Name).SingleAsync(cancellationToken);
        try
        {
            await mailer.SendAsync(ConfirmationEmail(address, community, token), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Kept as waiting: adding the address again sends a new link.
            return new(SubscriberOutcome.Invalid, subscriber, [new Problem(EmailField, $"The confirmation email could not be sent to {address}: {MailingDelivery.Reason(e)}")]);
        }

        return new(SubscriberOutcome.LinkSent, subscriber, []);
    }

    public async Task<SubscriberResult> RemoveAsync(Guid communityId, Guid subscriberId, Guid byPersonId, CancellationToken cancellationToken = default)
    {
        if (!await EmailListAccess.MayManageAsync(db, communityId, byPersonId, cancellationToken))
        {
            return SubscriberResult.NotACoLead;
        }

        var subscriber = await db.Subscribers.SingleOrDefaultAsync(s => s.Id == subscriberId && s.CommunityId == communityId && s.EndedAt == null, cancellationToken);
        if (subscriber is null)
        {
            return SubscriberResult.NotFound;
        }

        subscriber.EndedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return new(SubscriberOutcome.Done, subscriber, []);
    }

    // What a confirmation link is, without using it: the page asks before showing its button.
    public async Task<(LinkState State, string? Community, string? Email)> CheckAsync(string? token, CancellationToken cancellationToken = default)
    {
        var subscriber = await FindByTokenAsync(token, cancellationToken);
        return subscriber is null
            ? (LinkState.Unknown, null, null)
            : (StateOf(subscriber, clock.GetUtcNow()), subscriber.Community.Name, subscriber.Email);
    }

    // Confirming twice is confirmed; an expired link asks for a new one.
    public async Task<(LinkState State, string? Community)> ConfirmAsync(string? token, CancellationToken cancellationToken = default)
    {
        var subscriber = await FindByTokenAsync(token, cancellationToken);
        if (subscriber is null)
        {
            return (LinkState.Unknown, null);
        }

        var now = clock.GetUtcNow();
        var state = StateOf(subscriber, now);
        if (state == LinkState.Valid)
        {
            var claimed = await db.Subscribers
                .Where(s => s.Id == subscriber.Id && s.ConfirmedAt == null && s.EndedAt == null && s.ConfirmExpiresAt > now)
                .ExecuteUpdateAsync(set => set.SetProperty(s => s.ConfirmedAt, now), cancellationToken);
            return (claimed == 1 ? LinkState.Valid : LinkState.Used, subscriber.Community.Name);
        }

        return (state, subscriber.Community.Name);
    }

    private async Task<Subscriber?> FindByTokenAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return null;
        }

        var hash = SecretToken.Hash(token);
        return await db.Subscribers.AsNoTracking().Include(s => s.Community).SingleOrDefaultAsync(s => s.ConfirmTokenHash == hash, cancellationToken);
    }

    // A link to a removed subscriber no longer works: whoever removed them meant it.
    private static LinkState StateOf(Subscriber subscriber, DateTimeOffset now) => subscriber switch
    {
        { EndedAt: not null } => LinkState.Unknown,
        { ConfirmedAt: not null } => LinkState.Used,
        _ when subscriber.ConfirmExpiresAt <= now => LinkState.Expired,
        _ => LinkState.Valid,
    };

    private static SubscriberStatus StatusOf(Subscriber subscriber, DateTimeOffset now) => subscriber switch
    {
        { ConfirmedAt: not null } => SubscriberStatus.Confirmed,
        _ when subscriber.ConfirmExpiresAt <= now => SubscriberStatus.LinkExpired,
        _ => SubscriberStatus.AwaitingConfirmation,
    };

    private OutgoingEmail ConfirmationEmail(string address, string community, string token) => new(
        address,
        $"Confirm you want emails from {community}",
        $"""
        Someone who runs {community} on Roundtable added this address to its email list.

        You will only get its emails if you confirm, by following this link:
        {links.To($"/email-list/confirm/{token}")}

        The link works for 7 days. If you do not want these emails, ignore this one: nothing more will be sent to you.
        """);
}
