using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using MimeKit;

namespace Roundtable.Web.Tests.Infrastructure;

// A mail server on a real loopback socket that speaks just enough SMTP to accept messages, so the
// app's SMTP sender is tested over the wire, not against a stand-in object. Given a certificate it
// offers STARTTLS (and disposes of it when done); given a login it offers AUTH PLAIN and LOGIN
// and takes mail only after it.
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly X509Certificate2? certificate;
    private readonly (string UserName, string Password)? login;
    private readonly Task serving;

    public SmtpSink(X509Certificate2? certificate = null, (string UserName, string Password)? login = null)
    {
        this.certificate = certificate;
        this.login = login;
        listener.Start();
        serving = ServeAsync();
    }

    // Encrypted: the message came after STARTTLS. UserName: who logged in first, if anyone did.
    public sealed record Received(string From, IReadOnlyList<string> To, string Data, bool Encrypted, string? UserName)
    {
        public MimeMessage Message => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(Data)));
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public X509Certificate2? Certificate => certificate;

    public List<Received> Messages { get; } = [];

    // A certificate for "localhost" that nobody vouches for, as a private mail relay's might be.
    public static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pfx), null);
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        try
        {
            await serving;
        }
        catch (OperationCanceledException)
        {
        }

        stopping.Dispose();
        certificate?.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            using var client = await listener.AcceptTcpClientAsync(stopping.Token);
            await using var connection = new Connection(client.GetStream());
            try
            {
                await ConverseAsync(connection);
            }
            catch (Exception exception) when (exception is IOException or AuthenticationException)
            {
                // The client gave up (on a certificate it does not trust): wait for the next one.
            }
        }
    }

    private async Task ConverseAsync(Connection connection)
    {
        await connection.SayAsync("220 sink ready");
        string? userName = null;
        string? from = null;
        var to = new List<string>();
        while (await connection.ReadLineAsync(stopping.Token) is { } line)
        {
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO" or "HELO":
                    List<string> lines = ["sink"];
                    if (certificate is not null && !connection.Encrypted)
                    {
                        lines.Add("STARTTLS");
                    }

                    if (login is not null)
                    {
                        lines.Add("AUTH PLAIN LOGIN");
                    }

                    for (var i = 0; i < lines.Count; i++)
                    {
                        await connection.SayAsync($"250{(i < lines.Count - 1 ? '-' : ' ')}{lines[i]}");
                    }

                    break;
                case "STARTTLS" when certificate is not null && !connection.Encrypted:
                    await connection.SayAsync("220 go ahead");
                    await connection.EncryptAsync(certificate);
                    break;
                case "AUTH" when login is { } expected:
                    var (user, password) = await ReadLoginAsync(line, connection);
                    if (user == expected.UserName && password == expected.Password)
                    {
                        userName ??= user;
                        await connection.SayAsync("235 2.7.0 Authentication successful");
                    }
                    else
                    {
                        await connection.SayAsync("535 5.7.8 Authentication credentials invalid");
                    }

                    break;
                case "MAIL" when login is not null && userName is null:
                    await connection.SayAsync("530 5.7.0 Authentication required");
                    break;
                case "MAIL":
                    from = line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim(' ', '<', '>');
                    await connection.SayAsync("250 OK");
                    break;
                case "RCPT":
                    to.Add(line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim(' ', '<', '>'));
                    await connection.SayAsync("250 OK");
                    break;
                case "DATA":
                    await connection.SayAsync("354 go ahead");
                    var data = new StringBuilder();
                    while (await connection.ReadLineAsync(stopping.Token) is { } dataLine && dataLine != ".")
                    {
                        data.AppendLine(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine);
                    }

                    lock (Messages)
                    {
                        Messages.Add(new Received(from ?? "", [.. to], data.ToString(), connection.Encrypted, userName));
                    }

                    to.Clear();
                    await connection.SayAsync("250 queued");
                    break;
                case "QUIT":
                    await connection.SayAsync("221 bye");
                    return;
                default:
                    await connection.SayAsync("250 OK");
                    break;
            }
        }
    }

    // AUTH PLAIN with or without its initial response ("\0user\0password"), or AUTH LOGIN.
    private async Task<(string? User, string? Password)> ReadLoginAsync(string line, Connection connection)
    {
        var parts = line.Split(' ');
        var mechanism = parts.Length > 1 ? parts[1].ToUpperInvariant() : "";
        if (mechanism == "PLAIN")
        {
            var response = parts.Length > 2 ? parts[2] : await ChallengeAsync("", connection);
            var fields = Decode(response)?.Split('\0');
            return fields is { Length: 3 } ? (fields[1], fields[2]) : (null, null);
        }

        if (mechanism == "LOGIN")
        {
            var user = Decode(parts.Length > 2 ? parts[2] : await ChallengeAsync("VXNlcm5hbWU6", connection));
            return (user, Decode(await ChallengeAsync("UGFzc3dvcmQ6", connection)));
        }

        return (null, null);
    }

    private async Task<string> ChallengeAsync(string challenge, Connection connection)
    {
        await connection.SayAsync($"334 {challenge}");
        return await connection.ReadLineAsync(stopping.Token) ?? "";
    }

    private static string? Decode(string base64)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(base64));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    // One client's connection: lines in and out, in the clear until STARTTLS, then over TLS.
    private sealed class Connection(Stream network) : IAsyncDisposable
    {
        private Stream stream = network;
        private StreamReader reader = new(network, Encoding.ASCII, leaveOpen: true);

        public bool Encrypted => stream is SslStream;

        public Task<string?> ReadLineAsync(CancellationToken cancellationToken) => reader.ReadLineAsync(cancellationToken).AsTask();

        public async Task SayAsync(string line)
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(line + "\r\n"));
            await stream.FlushAsync();
        }

        public async Task EncryptAsync(X509Certificate2 certificate)
        {
            var tls = new SslStream(stream, leaveInnerStreamOpen: true);
            stream = tls;
            await tls.AuthenticateAsServerAsync(certificate);
            reader.Dispose();
            reader = new StreamReader(tls, Encoding.ASCII, leaveOpen: true);
        }

        public async ValueTask DisposeAsync()
        {
            reader.Dispose();
            if (stream is SslStream tls)
            {
                await tls.DisposeAsync();
            }
        }
    }
}
