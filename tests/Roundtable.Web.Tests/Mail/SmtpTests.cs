using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Core.Mail;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Mail;

public class SmtpTests
{
    private const string Failed = "We could not send an email just now. Try again in a few minutes.";

    // The app with a mail server at port, and, when trusting is given, that server's certificate
    // trusted as a private mail relay's would be; anything else is checked as usual.
    private sealed class MailedApp(SmtpSink? trusting) : RoundtableApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (trusting?.Certificate is { } certificate)
            {
                builder.ConfigureServices(services => services.AddSingleton(new SmtpServerTrust(
                    (_, presented, _, _) => presented?.GetCertHashString() == certificate.GetCertHashString())));
            }
        }
    }

    private static Task<RoundtableApp> StartAppAsync(
        int port, bool tls = false, string? userName = null, string? password = null, SmtpSink? trusting = null)
    {
        var app = new MailedApp(trusting)
        {
            Settings =
            {
                ["Email:Smtp:Host"] = "127.0.0.1",
                ["Email:Smtp:Port"] = port.ToString(CultureInfo.InvariantCulture),
                ["Email:Smtp:EnableSsl"] = tls ? "true" : "false",
                ["Email:Smtp:UserName"] = userName,
                ["Email:Smtp:Password"] = password,
                ["Email:From"] = "Roundtable <roundtable@example.org>",
            },
        };
        return app.StartAsync();
    }

    private static Task<HttpResponseMessage> SignInAsync(RoundtableApp app, string email) =>
        app.CreateBrowser().SubmitAsync("/sign-in", new Dictionary<string, string> { ["Input.Email"] = email });

    [Fact]
    public async Task SignIn_WithAMailServer_SendsTheLinkThereNotToTheOutbox()
    {
        await using var sink = new SmtpSink();
        await using var app = await StartAppAsync(sink.Port);
        var email = $"{TestData.Unique("mailed")}@example.org";

        using var response = await SignInAsync(app, email);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var received = Assert.Single(sink.Messages);
        Assert.Equal("roundtable@example.org", received.From);
        Assert.Equal([email], received.To);
        var message = received.Message;
        Assert.Equal("Your link to sign in to Roundtable", message.Subject);
        Assert.Equal(("Roundtable", "roundtable@example.org"), (message.From.Mailboxes.Single().Name, message.From.Mailboxes.Single().Address));
        Assert.Contains("/sign-in/link?token=", message.TextBody, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Outbox.CountAsync()));
    }

    [Fact]
    public async Task SignIn_WithStartTlsAndALogin_SendsOverTlsAsThatUser()
    {
        await using var sink = new SmtpSink(SmtpSink.CreateCertificate(), ("roundtable", "s3cret; with spaces"));
        await using var app = await StartAppAsync(sink.Port, tls: true, "roundtable", "s3cret; with spaces", trusting: sink);

        using var response = await SignInAsync(app, $"{TestData.Unique("secure")}@example.org");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var received = Assert.Single(sink.Messages);
        Assert.Equal((true, "roundtable"), (received.Encrypted, received.UserName));
    }

    [Fact]
    public async Task SignIn_WithTlsOnAndAServerThatDoesNotOfferIt_SendsNothingInTheClear()
    {
        await using var sink = new SmtpSink();
        await using var app = await StartAppAsync(sink.Port, tls: true);

        using var response = await SignInAsync(app, $"{TestData.Unique("clear")}@example.org");

        Assert.Equal(Failed, (await response.ToDocumentAsync()).ErrorFor("Input_Email"));
        Assert.Empty(sink.Messages);
    }

    [Fact]
    public async Task SignIn_WithAServerCertificateNobodyVouchesFor_SendsNothing()
    {
        await using var sink = new SmtpSink(SmtpSink.CreateCertificate());
        await using var app = await StartAppAsync(sink.Port, tls: true);

        using var response = await SignInAsync(app, $"{TestData.Unique("untrusted")}@example.org");

        Assert.Equal(Failed, (await response.ToDocumentAsync()).ErrorFor("Input_Email"));
        Assert.Empty(sink.Messages);
    }

    [Fact]
    public async Task SignIn_WithAWrongPassword_SaysItCouldNotSendAndSendsNothing()
    {
        await using var sink = new SmtpSink(SmtpSink.CreateCertificate(), ("roundtable", "right"));
        await using var app = await StartAppAsync(sink.Port, tls: true, "roundtable", "wrong", trusting: sink);

        using var response = await SignInAsync(app, $"{TestData.Unique("refused")}@example.org");

        Assert.Equal(Failed, (await response.ToDocumentAsync()).ErrorFor("Input_Email"));
        Assert.Empty(sink.Messages);
    }

    [Fact]
    public async Task SignIn_WithTheMailServerDown_SaysSoAndKeepsWhatWasTyped()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var app = await StartAppAsync(closedPort);
        var email = $"{TestData.Unique("unlucky")}@example.org";

        using var response = await SignInAsync(app, email);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal(Failed, page.ErrorFor("Input_Email"));
        Assert.Equal(email, page.GetElementById("Input_Email")?.GetAttribute("value"));
    }
}
