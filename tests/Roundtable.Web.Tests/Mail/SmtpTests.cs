using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Mail;

public class SmtpTests
{
    private static RoundtableApp WithMailServerAt(int port) => new()
    {
        Settings =
        {
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:Smtp:EnableSsl"] = "false",
            ["Email:From"] = "Roundtable <roundtable@example.org>",
        },
    };

    [Fact]
    public async Task SignIn_WithAMailServer_SendsTheLinkThereNotToTheOutbox()
    {
        await using var sink = new SmtpSink();
        await using var app = await WithMailServerAt(sink.Port).StartAsync();
        var email = $"{TestData.Unique("mailed")}@example.org";

        using var response = await app.CreateBrowser().SubmitAsync("/sign-in", new Dictionary<string, string> { ["Input.Email"] = email });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var message = Assert.Single(sink.Messages);
        Assert.Equal("roundtable@example.org", message.From);
        Assert.Equal([email], message.To);
        Assert.Contains("Subject: Your link to sign in to Roundtable", message.Data, StringComparison.Ordinal);
        Assert.Contains("/sign-in/link?token=", message.Data, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Outbox.CountAsync()));
    }

    [Fact]
    public async Task SignIn_WithTheMailServerDown_SaysSoAndKeepsWhatWasTyped()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var app = await WithMailServerAt(closedPort).StartAsync();
        var email = $"{TestData.Unique("unlucky")}@example.org";

        using var response = await app.CreateBrowser().SubmitAsync("/sign-in", new Dictionary<string, string> { ["Input.Email"] = email });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal("We could not send an email just now. Try again in a few minutes.", page.ErrorFor("Input_Email"));
        Assert.Equal(email, page.GetElementById("Input_Email")?.GetAttribute("value"));
    }
}
