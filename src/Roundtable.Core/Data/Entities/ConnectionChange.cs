namespace Roundtable.Core.Data.Entities;

// One step in how a connection went: its status from then on, who said so, when, and a note.
public class ConnectionChange
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ConnectionId { get; init; }

    public Connection Connection { get; init; } = null!;

    public ConnectionStatus Status { get; init; }

    public string? Note { get; init; }

    public Guid ById { get; init; }

    public DateTimeOffset At { get; init; }
}
