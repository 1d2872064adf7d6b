namespace Roundtable.Core.Data.Entities;

// Something in the charter still to be agreed, with when and with whom: "How the lived
// experience group want to be named and recognised as leaders, to be confirmed with the group,
// Friday 27 June 2026". Past its date and still open, it is flagged to co-leads.
public class ToBeConfirmed
{
    public const int TextMaxLength = 500;
    public const int ConfirmedWithMaxLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CommunityId { get; init; }

    public Community Community { get; init; } = null!;

    // The section it belongs under.
    public required string SectionKey { get; set; }

    public required string Text { get; set; }

    public DateOnly DueOn { get; set; }

    // Who confirms it: "the lived experience group", "co-leads", a named person.
    public required string ConfirmedWith { get; set; }

    public Guid CreatedById { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ConfirmedAt { get; set; }

    // What was agreed, once it is.
    public string? Outcome { get; set; }

    public bool IsOverdue(DateOnly today) => ConfirmedAt is null && DueOn < today;
}
