namespace Roundtable.Core.Data.Entities;

// An email kept in the database instead of sent, when no mail server is configured.
public class OutboxMessage
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string To { get; init; }

    public required string Subject { get; init; }

    public required string Body { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
