using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Roundtable.Web.Tests.Infrastructure;

// A mail server on a real loopback socket that speaks just enough SMTP to accept messages,
// so the app's SMTP sender is tested over the wire, not against a stand-in object.
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly Task serving;

    public SmtpSink()
    {
        listener.Start();
        serving = ServeAsync();
    }

    public sealed record Received(string From, IReadOnlyList<string> To, string Data);

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public List<Received> Messages { get; } = [];

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
    }

    private async Task ServeAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            using var client = await listener.AcceptTcpClientAsync(stopping.Token);
            await ConverseAsync(client.GetStream());
        }
    }

    private async Task ConverseAsync(NetworkStream stream)
    {
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 sink ready");
        string? from = null;
        var to = new List<string>();
        while (await reader.ReadLineAsync(stopping.Token) is { } line)
        {
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO" or "HELO":
                    await writer.WriteLineAsync("250 sink");
                    break;
                case "MAIL":
                    from = line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim(' ', '<', '>');
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "RCPT":
                    to.Add(line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim(' ', '<', '>'));
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 go ahead");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync(stopping.Token) is { } dataLine && dataLine != ".")
                    {
                        data.AppendLine(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine);
                    }

                    lock (Messages)
                    {
                        Messages.Add(new Received(from ?? "", [.. to], data.ToString()));
                    }

                    to.Clear();
                    await writer.WriteLineAsync("250 queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 bye");
                    return;
                default:
                    await writer.WriteLineAsync("250 OK");
                    break;
            }
        }
    }
}
