using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using Roundtable.Tests.Shared;

namespace Roundtable.Bench;

// The live room's clients. Each is a guest who came in with the room's join link as a browser
// does (the join page, its form, then the guest cookie it sets), and connects to the room's hub
// over a WebSocket with that cookie, as the browser's SignalR client does when told to skip
// negotiation. Each joins the room (Join) and hears every contribution (client method RoomEvent);
// the sender contributes each message's text (Contribute), as a participant typing would.
public sealed partial class RoomHubTransport(Uri hub, Uri joinLink) : FanoutTransport
{
    // RoomHub.GuestCookie in the app.
    private const string GuestCookie = "roundtable.room-guest";

    private readonly List<CookieContainer> guests = [];
    private readonly ConcurrentQueue<RoomHubConnection> connections = new();
    private readonly CancellationTokenSource stopping = new();
    private Task keepingAlive = Task.CompletedTask;

    public override async Task PrepareAsync(int connections)
    {
        var joined = new CookieContainer[connections];
        // A few at a time, as people arriving at a session.
        await Parallel.ForAsync(0, connections, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            async (i, cancellationToken) => joined[i] = await JoinAsGuestAsync(cancellationToken));
        guests.AddRange(joined);
        keepingAlive = KeepAliveAsync();
    }

    public override async Task<FanoutConnection> ConnectAsync(int index, Action<long, long> heard)
    {
        var connection = await RoomHubConnection.ConnectAsync(hub, guests[index], heard);
        connections.Enqueue(connection);
        return connection;
    }

    public override async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await keepingAlive;
        stopping.Dispose();
        await base.DisposeAsync();
    }

    private async Task<CookieContainer> JoinAsGuestAsync(CancellationToken cancellationToken)
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false });
        var page = await http.GetStringAsync(joinLink, cancellationToken);
        var antiforgery = AntiforgeryField().Match(page);
        if (!antiforgery.Success)
        {
            throw new InvalidOperationException($"the join page {joinLink} has no form to join with");
        }

        using var form = new FormUrlEncodedContent([
            new("DisplayName", ""),
            new("__RequestVerificationToken", WebUtility.HtmlDecode(antiforgery.Groups["token"].Value)),
        ]);
        using var answer = await http.PostAsync(joinLink, form, cancellationToken);
        if (answer.StatusCode != HttpStatusCode.Redirect || cookies.GetCookies(joinLink)[GuestCookie] is null)
        {
            throw new InvalidOperationException($"joining with {joinLink} answered {(int)answer.StatusCode} and gave no guest cookie");
        }

        return cookies;
    }

    // The browser's client pings every 15 seconds so that the server keeps the connection.
    private async Task KeepAliveAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(10));
        try
        {
            while (await timer.WaitForNextTickAsync(stopping.Token))
            {
                foreach (var connection in connections)
                {
                    await connection.PingAsync();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }

    [GeneratedRegex("""<input[^>]*name="__RequestVerificationToken"[^>]*value="(?<token>[^"]*)"[^>]*>""")]
    private static partial Regex AntiforgeryField();
}

// One guest's connection to the room's hub: the JSON hub protocol (tests/Shared/HubProtocol.cs)
// over a WebSocket, with only what the fan-out needs.
public sealed class RoomHubConnection : FanoutConnection
{
    private readonly ClientWebSocket socket;
    private readonly Action<long, long> heard;
    private readonly SemaphoreSlim sending = new(1, 1);
    private readonly TaskCompletionSource handshake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<HubMessage>> waiting = new();
    private readonly List<Task<HubMessage>> contributions = [];
    private int nextInvocationId;
    private volatile bool disposed;

    private RoomHubConnection(ClientWebSocket socket, Action<long, long> heard)
    {
        this.socket = socket;
        this.heard = heard;
        _ = ReceiveAsync();
    }

    public static async Task<RoomHubConnection> ConnectAsync(Uri hub, CookieContainer cookies, Action<long, long> heard)
    {
        var socket = new ClientWebSocket();
        socket.Options.Cookies = cookies;
        try
        {
            await socket.ConnectAsync(hub, CancellationToken.None);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var connection = new RoomHubConnection(socket, heard);
        try
        {
            await connection.SendRecordAsync(HubProtocol.Handshake());
            await connection.handshake.Task.WaitAsync(TimeSpan.FromSeconds(30));
            // A new client: it has seen nothing of the room yet.
            var joined = await connection.Invoke("Join", new { lastSeen = 0 }).WaitAsync(TimeSpan.FromSeconds(30));
            if (joined.Error is { } refused)
            {
                throw new InvalidOperationException($"the room's hub refused Join: {refused}");
            }
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        return connection;
    }

    // Contributes without waiting for the answer, so that a slow answer does not slow the rate;
    // FinishAsync counts the answers.
    public override Task SendAsync(int number)
    {
        contributions.Add(Invoke("Contribute", new { clientId = Guid.NewGuid(), promptId = (Guid?)null, text = FanoutMessage.Text(number) }));
        return Task.CompletedTask;
    }

    public override async Task<int> FinishAsync(TimeSpan limit)
    {
        try
        {
            await Task.WhenAll(contributions).WaitAsync(limit);
        }
        catch (TimeoutException)
        {
            // Counted below.
        }

        return contributions.Count(c => !c.IsCompletedSuccessfully || c.Result.Error is not null);
    }

    public async Task PingAsync()
    {
        try
        {
            await SendRecordAsync(HubProtocol.PingRecord());
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException)
        {
            // Closed: the run is ending, or the server dropped it and its deliveries show as missed.
        }
    }

    protected override void Dispose(bool disposing)
    {
        disposed = true;
        socket.Abort();
        socket.Dispose();
        sending.Dispose();
    }

    // Completes with the server's completion message; a closed connection completes it with an error.
    private Task<HubMessage> Invoke(string method, params object?[] arguments)
    {
        var id = Interlocked.Increment(ref nextInvocationId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var completion = new TaskCompletionSource<HubMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        waiting[id] = completion;
        _ = SendAsync();
        return completion.Task;

        async Task SendAsync()
        {
            try
            {
                await SendRecordAsync(HubProtocol.InvocationRecord(id, method, arguments));
            }
            catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException)
            {
                Fail(id, $"not sent: {exception.Message}");
            }
        }
    }

    private async Task SendRecordAsync(byte[] record)
    {
        await sending.WaitAsync();
        try
        {
            await socket.SendAsync(record, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            sending.Release();
        }
    }

    private async Task ReceiveAsync()
    {
        var records = new HubRecordReader();
        var ended = "the connection ended";
        try
        {
            while (true)
            {
                var received = await socket.ReceiveAsync(records.GetMemory(), CancellationToken.None);
                var arrived = Stopwatch.GetTimestamp();
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    ended = $"the server closed the socket ({socket.CloseStatus})";
                    return;
                }

                records.Advance(received.Count);
                while (records.TryRead(out var record))
                {
                    if (Handle(record, arrived) is { } closed)
                    {
                        ended = closed;
                        return;
                    }
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            ended = exception.Message;
        }
        finally
        {
            if (!disposed)
            {
                // Its deliveries from here on show as missed; this says why.
                await Console.Error.WriteLineAsync($"A guest's connection to the room's hub ended during the run: {ended}");
            }

            handshake.TrySetException(new InvalidOperationException($"The hub's handshake did not complete: {ended}"));
            foreach (var id in waiting.Keys)
            {
                Fail(id, ended);
            }
        }
    }

    // Null, or why the connection closed.
    private string? Handle(ReadOnlyMemory<byte> record, long arrived)
    {
        if (!handshake.Task.IsCompleted)
        {
            if (HubProtocol.HandshakeError(record) is { } refused)
            {
                return $"the hub refused the handshake: {refused}";
            }

            handshake.TrySetResult();
            return null;
        }

        var message = HubProtocol.Parse(record);
        switch (message.Type)
        {
            case HubProtocol.Invocation when message.Target == "RoomEvent" && Sent(message.Arguments[0]) is { } sent:
                heard(sent, arrived);
                return null;
            case HubProtocol.Completion when message.InvocationId is { } id && waiting.TryRemove(id, out var completion):
                completion.TrySetResult(message);
                return null;
            case HubProtocol.Close:
                return $"the server sent a close message: {message.Error ?? "no reason given"}";
            default:
                return null;
        }
    }

    // When the contribution a room event adds was sent, from the text the sender gave it.
    private static long? Sent(JsonElement roomEvent) =>
        roomEvent.GetProperty("kind").GetString() == "ContributionAdded" &&
        roomEvent.GetProperty("payload").TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String &&
        FanoutMessage.TryReadSent(text.GetString(), out var sent)
            ? sent
            : null;

    private void Fail(string id, string why)
    {
        if (waiting.TryRemove(id, out var completion))
        {
            completion.TrySetResult(new HubMessage(HubProtocol.Completion, id, null, [], null, why, false));
        }
    }
}
