using System.Net.Security;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Roundtable.Core.Mail;

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    // TLS to the server, required: from the first byte on port 465, by STARTTLS on any other.
    public bool EnableSsl { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }
}

public sealed class EmailOptions
{
    public string From { get; set; } = "Roundtable <roundtable@localhost>";

    public SmtpOptions Smtp { get; set; } = new();
}

// Who may vouch for the mail server's certificate instead of the machine's trusted roots. The app
// registers none; the tests register one that trusts their own mail server on the loopback.
public sealed record SmtpServerTrust(RemoteCertificateValidationCallback Validate);

// Sends each email over its own SMTP connection with MailKit: TLS as EnableSsl says (never
// dropped because the server does not offer it), then the login when one is set.
public sealed class SmtpMailer(IOptions<EmailOptions> options, SmtpServerTrust? trust = null) : IMailer
{
    public const int ImplicitTlsPort = 465;

    public bool UsesOutbox => false;

    public async Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        // The app chooses this mailer only when a host is set (see RoundtableServices).
        var host = settings.Smtp.Host ?? throw new InvalidOperationException("Email:Smtp:Host is not set.");
        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(email.To));
        message.Subject = email.Subject;
        var body = new BodyBuilder { TextBody = email.Body, HtmlBody = email.HtmlBody };
        message.Body = body.ToMessageBody();
        foreach (var (name, value) in email.Headers ?? new Dictionary<string, string>())
        {
            message.Headers.Add(name, value);
        }

        using var client = new SmtpClient();
        if (trust is not null)
        {
            client.ServerCertificateValidationCallback = trust.Validate;
        }

        await client.ConnectAsync(host, settings.Smtp.Port, Security(settings.Smtp), cancellationToken);
        if (!string.IsNullOrEmpty(settings.Smtp.UserName))
        {
            await client.AuthenticateAsync(settings.Smtp.UserName, settings.Smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private static SecureSocketOptions Security(SmtpOptions smtp) =>
        !smtp.EnableSsl ? SecureSocketOptions.None
        : smtp.Port == ImplicitTlsPort ? SecureSocketOptions.SslOnConnect
        : SecureSocketOptions.StartTls;
}
