namespace Roundtable.Core.Data.Entities;

// Someone (or a group, or a service) put in touch with another through the community: why, at
// which session if at one, by whom, and how it has gone since. Every step is kept in Changes with
// its date, the first being the introduction itself.
public class Connection
{
    public const int WhyMaxLength = 1000;
    public const int NoteMaxLength = 500;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CommunityId { get; init; }

    public Community Community { get; init; } = null!;

    public required ConnectionSide From { get; init; }

    public required ConnectionSide To { get; init; }

    public required string Why { get; set; }

    public Guid? SessionId { get; init; }

    public Session? Session { get; init; }

    public Guid BrokeredById { get; init; }

    public DateTimeOffset BrokeredAt { get; init; }

    public ConnectionStatus Status { get; set; }

    // The interest in an offer it was made from, if it was.
    public Guid? OfferInterestId { get; init; }

    // Raised on every change, so two people moving it on at once never lose one silently.
    public int Version { get; set; } = 1;

    public List<ConnectionChange> Changes { get; } = [];
}
