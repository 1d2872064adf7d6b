namespace Roundtable.Core.Data.Entities;

// Someone pressing "I'm interested" on an offer, once, with a note for the person who made it.
// ConnectionId is set when the offerer turns it into a brokered connection.
public class OfferInterest
{
    public const int NoteMaxLength = 500;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OfferId { get; init; }

    public Offer Offer { get; init; } = null!;

    public Guid PersonId { get; init; }

    public string? Note { get; set; }

    public DateTimeOffset At { get; init; }

    public Guid? ConnectionId { get; set; }
}
