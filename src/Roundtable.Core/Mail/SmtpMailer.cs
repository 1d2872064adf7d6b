using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace Roundtable.Core.Mail;

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public bool EnableSsl { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }
}

public sealed class EmailOptions
{
    public string From { get; set; } = "Roundtable <roundtable@localhost>";

    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpMailer(IOptions<EmailOptions> options) : IMailer
{
    public bool UsesOutbox => false;

    public async Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        using var message = new MailMessage
        {
            From = new MailAddress(settings.From),
            Subject = email.Subject,
            Body = email.Body,
        };
        message.To.Add(email.To);
        using var client = new SmtpClient(settings.Smtp.Host, settings.Smtp.Port)
        {
            EnableSsl = settings.Smtp.EnableSsl,
        };
        if (!string.IsNullOrEmpty(settings.Smtp.UserName))
        {
            client.Credentials = new NetworkCredential(settings.Smtp.UserName, settings.Smtp.Password);
        }

        await client.SendMailAsync(message, cancellationToken);
    }
}
