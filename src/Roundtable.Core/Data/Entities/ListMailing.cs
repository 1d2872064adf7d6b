namespace Roundtable.Core.Data.Entities;

// One mailing to the community's email list: what was sent, by whom and when. Its recipients
// were fixed when it was queued, and each is sent in the background (see MailingDelivery).
public class ListMailing
{
    public const int SubjectMaxLength = 200;
    public const int AboutMaxLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CommunityId { get; init; }

    public Community Community { get; init; } = null!;

    public required string Subject { get; init; }

    public required string TextBody { get; init; }

    public string? HtmlBody { get; init; }

    // What it sends, in words ("Staff briefing, 12 March"), when it is more than a message.
    public string? About { get; init; }

    public Guid ByPersonId { get; init; }

    public Person By { get; init; } = null!;

    // The form's or caller's key: the same submission twice queues one mailing.
    public Guid SubmissionKey { get; init; }

    public DateTimeOffset QueuedAt { get; init; }

    // When the last recipient was sent (or failed).
    public DateTimeOffset? FinishedAt { get; set; }

    public List<MailingRecipient> Recipients { get; } = [];
}
