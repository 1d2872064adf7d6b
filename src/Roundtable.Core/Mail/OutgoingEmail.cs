namespace Roundtable.Core.Mail;

public sealed record OutgoingEmail(string To, string Subject, string Body);

public interface IMailer
{
    // True when the message goes to the in-app outbox rather than a mail server.
    bool UsesOutbox { get; }

    Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken = default);
}
