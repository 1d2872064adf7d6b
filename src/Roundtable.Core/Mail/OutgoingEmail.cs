namespace Roundtable.Core.Mail;

// HtmlBody, when there is one, is the same message as Body for mail readers that show HTML.
// Headers are added as they are (List-Unsubscribe and List-Unsubscribe-Post for the email list).
public sealed record OutgoingEmail(string To, string Subject, string Body, string? HtmlBody = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    // One "Name: value" a line, as the outbox keeps and shows them.
    public string? HeaderLines() =>
        Headers is { Count: > 0 } ? string.Join('\n', Headers.Select(h => $"{h.Key}: {h.Value}")) : null;
}

public interface IMailer
{
    // True when the message goes to the in-app outbox rather than a mail server.
    bool UsesOutbox { get; }

    Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken = default);
}
