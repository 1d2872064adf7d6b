namespace Roundtable.Core.Data.Entities;

// An email kept in the database instead of sent, when no mail server is configured.
public class OutboxMessage
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string To { get; init; }

    public required string Subject { get; init; }

    public required string Body { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public string? HtmlBody { get; init; }

    // Headers beyond To and Subject (List-Unsubscribe…), one "Name: value" a line.
    public string? Headers { get; init; }
}
