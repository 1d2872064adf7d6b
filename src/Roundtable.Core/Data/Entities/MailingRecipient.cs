namespace Roundtable.Core.Data.Entities;

public enum RecipientState
{
    Pending = 0,

    // Claimed by the sender, which then hands it to the mailer. Left so only if the process died
    // during the send: whether it arrived is unknown, so it is marked failed, never sent again.
    Sending = 1,
    Sent = 2,
    Failed = 3,
}

// One address a mailing goes to, as the list stood when it was queued: a member who consented
// to contact, or a confirmed subscriber.
public class MailingRecipient
{
    public const int FailureMaxLength = 500;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MailingId { get; init; }

    public ListMailing Mailing { get; init; } = null!;

    public required string Email { get; init; }

    public Guid? MembershipId { get; init; }

    public Guid? SubscriberId { get; init; }

    public RecipientState State { get; set; }

    // Why it could not be sent: a malformed address, the mail server's refusal.
    public string? Failure { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    // The hash of this recipient's own unsubscribe link, made as it is sent.
    public string? UnsubscribeTokenHash { get; set; }
}
