namespace Roundtable.Core.Data.Entities;

// One dated change to a "you said, we did" request: its status after it, who made it and why
// (Decision), and, for a status change, when the community was told about it at a session.
public class AskChange
{
    public const int ReasonMaxLength = 1000;
    public const int RaisedWithMaxLength = 300;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid AskId { get; init; }

    public Ask Ask { get; init; } = null!;

    // Null for the change that created it.
    public AskStatus? From { get; init; }

    public AskStatus To { get; init; }

    public required Decision Decision { get; init; }

    // Outside our control: who it was raised with.
    public string? RaisedWith { get; init; }

    // What else changed with it, in words ("Due date 3 March", "Owner: Carers' group").
    public string? Note { get; init; }

    public Guid? AcknowledgedInSessionId { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    public Guid? AcknowledgedById { get; set; }

    public bool ChangesStatus => From is { } from && from != To;
}
