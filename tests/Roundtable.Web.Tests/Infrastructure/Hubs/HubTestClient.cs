using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Roundtable.Tests.Shared;

namespace Roundtable.Web.Tests.Infrastructure.Hubs;

// A SignalR client that speaks the JSON hub protocol over a real WebSocket, as the browser's
// @microsoft/signalr does: negotiate, connect with the connection token, handshake, then
// records separated by 0x1E (the protocol itself is tests/Shared/HubProtocol.cs, which the
// fan-out benchmark shares). The .NET SignalR client is not in the package registry here,
// and a small client of our own lets a test do what a phone does, including losing signal
// (DropAsync). It needs an app that ListensOnLoopback: TestServer's in-memory WebSocket would
// not show what a real socket does when it is aborted or goes quiet. Protocol: dotnet/aspnetcore
// src/SignalR/docs/specs/HubProtocol.md and TransportProtocols.md.
//
//   await using var phone = await app.ConnectHubAsync("/hubs/room", person);
//   await phone.InvokeAsync("Join", roomId);
//   var said = await phone.NextAsync<Contribution>("Contributed");
public sealed class HubTestClient : IAsyncDisposable
{
    private readonly ClientWebSocket socket;
    private readonly HubTestClientOptions options;
    private readonly SemaphoreSlim sending = new(1, 1);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement?>> invocations = new();
    private readonly ConcurrentDictionary<string, Channel<HubInvocation>> received = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, List<Action<HubInvocation>>> handlers = new(StringComparer.OrdinalIgnoreCase);
    private readonly Channel<int> pings = Channel.CreateUnbounded<int>();
    private readonly ConcurrentQueue<string> frames = new();
    private readonly TaskCompletionSource handshake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<HubClose> closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource stopping = new();
    private Task receiving = Task.CompletedTask;
    private Task keepingAlive = Task.CompletedTask;
    private volatile bool dropping;
    private int nextInvocationId;
    private int pingsReceived;

    private HubTestClient(ClientWebSocket socket, string connectionId, HubTestClientOptions options)
    {
        this.socket = socket;
        this.options = options;
        ConnectionId = connectionId;
    }

    // The server's id for this connection (Context.ConnectionId in the hub).
    public string ConnectionId { get; }

    // Completes when the connection ends: with the server's close message if it sent one, or
    // with how the socket ended otherwise.
    public Task<HubClose> Closed => closed.Task;

    public int PingsReceived => Volatile.Read(ref pingsReceived);

    // Every record the server sent after the handshake, as JSON text, in order: for asserting
    // that something (an author's name) appears nowhere in what a client was told.
    public IReadOnlyList<string> ReceivedFrames => [.. frames];

    public static async Task<HubTestClient> ConnectAsync(Uri hubUrl, HubTestClientOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new HubTestClientOptions();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);

        var cookies = CookiesFor(hubUrl, options.Cookies);
        var negotiation = await NegotiateAsync(hubUrl, options, cookies, timeout.Token);

        var socket = new ClientWebSocket();
        socket.Options.Cookies = cookies;
        if (options.AccessToken is not null)
        {
            socket.Options.SetRequestHeader("Authorization", $"Bearer {options.AccessToken}");
        }

        var socketUrl = new UriBuilder(hubUrl) { Scheme = hubUrl.Scheme == Uri.UriSchemeHttps ? "wss" : "ws" };
        socketUrl.Query = AppendQuery(hubUrl.Query, $"id={Uri.EscapeDataString(negotiation.ConnectionToken)}");
        try
        {
            await socket.ConnectAsync(socketUrl.Uri, timeout.Token);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var client = new HubTestClient(socket, negotiation.ConnectionId, options);
        client.receiving = client.ReceiveAsync();
        try
        {
            await client.SendRecordAsync(HubProtocol.Handshake(), timeout.Token);
            await client.handshake.Task.WaitAsync(timeout.Token);
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }

        if (options.KeepAliveInterval is { } interval)
        {
            client.keepingAlive = client.KeepAliveAsync(interval);
        }

        return client;
    }

    // Calls a hub method and waits for its completion: the result, or the server's error as
    // a HubInvocationException.
    public async Task<T?> InvokeAsync<T>(string method, params object?[] arguments)
    {
        var result = await InvokeCoreAsync(method, arguments);
        return result is { } value ? value.Deserialize<T>(HubProtocol.Json) : default;
    }

    public Task InvokeAsync(string method, params object?[] arguments) => InvokeCoreAsync(method, arguments);

    // Fire and forget: an invocation without an id, which the server never answers.
    public Task SendAsync(string method, params object?[] arguments) =>
        SendRecordAsync(HubProtocol.InvocationRecord(null, method, arguments), CancellationToken.None);

    // The next call the server made to `method` on this client that no earlier NextAsync took;
    // waits for it to arrive, up to the timeout.
    public async Task<HubInvocation> NextAsync(string method, TimeSpan? timeout = null)
    {
        using var waiting = new CancellationTokenSource(timeout ?? options.Timeout);
        try
        {
            return await Inbox(method).Reader.ReadAsync(waiting.Token);
        }
        catch (OperationCanceledException) when (waiting.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"No call to '{method}' arrived within {timeout ?? options.Timeout}. The server sent: {Describe(ReceivedFrames)}");
        }
        catch (ChannelClosedException)
        {
            throw new HubConnectionClosedException(
                $"The connection closed before a call to '{method}' arrived ({await Closed}). The server sent: {Describe(ReceivedFrames)}");
        }
    }

    // The first argument of the next call to `method`.
    public async Task<T?> NextAsync<T>(string method, TimeSpan? timeout = null) =>
        (await NextAsync(method, timeout)).Argument<T>(0);

    // Calls to `method` that have arrived and that no NextAsync took. The server sends to one
    // connection in order, so after a round trip (an InvokeAsync) this is everything it sent
    // before answering: a way to say "nothing more came" without waiting for a timeout.
    public IReadOnlyList<HubInvocation> Drain(string method)
    {
        var drained = new List<HubInvocation>();
        while (Inbox(method).Reader.TryRead(out var invocation))
        {
            drained.Add(invocation);
        }

        return drained;
    }

    // Runs `handler` on the receive loop for every later call to `method` (calls still queue
    // for NextAsync as well). Dispose the result to stop.
    public IDisposable On(string method, Action<HubInvocation> handler)
    {
        var list = handlers.GetOrAdd(method, _ => []);
        lock (list)
        {
            list.Add(handler);
        }

        return new Unsubscriber(() =>
        {
            lock (list)
            {
                list.Remove(handler);
            }
        });
    }

    // One keep-alive ping. The server starts timing a client out only after its first ping, so
    // a client with KeepAliveInterval null that pings once and then says nothing is what the
    // server sees of a phone that lost signal without the socket closing.
    public Task PingAsync() => SendRecordAsync(HubProtocol.PingRecord(), CancellationToken.None);

    // Waits for the server's next keep-alive ping.
    public async Task NextPingAsync(TimeSpan? timeout = null)
    {
        using var waiting = new CancellationTokenSource(timeout ?? options.Timeout);
        try
        {
            await pings.Reader.ReadAsync(waiting.Token);
        }
        catch (OperationCanceledException) when (waiting.IsCancellationRequested)
        {
            throw new TimeoutException($"No ping arrived within {timeout ?? options.Timeout}.");
        }
        catch (ChannelClosedException)
        {
            throw new HubConnectionClosedException($"The connection closed before a ping arrived ({await Closed}).");
        }
    }

    // Loses the connection as a phone losing signal does: the socket is aborted with no close
    // handshake and no close message, so the server finds out only from the broken transport.
    public async Task DropAsync()
    {
        dropping = true;
        await StopKeepingAliveAsync();
        socket.Abort();
        await receiving;
    }

    public async ValueTask DisposeAsync()
    {
        await StopKeepingAliveAsync();
        if (socket.State == WebSocketState.Open)
        {
            try
            {
                using var closing = new CancellationTokenSource(options.Timeout);
                await sending.WaitAsync(closing.Token);
                try
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, closing.Token);
                }
                finally
                {
                    sending.Release();
                }

                await receiving.WaitAsync(closing.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                socket.Abort();
            }
        }
        else
        {
            socket.Abort();
        }

        await receiving;
        socket.Dispose();
        sending.Dispose();
        stopping.Dispose();
    }

    public override string ToString() => $"hub connection {ConnectionId}";

    private async Task StopKeepingAliveAsync()
    {
        await stopping.CancelAsync();
        await keepingAlive;
    }

    private async Task<JsonElement?> InvokeCoreAsync(string method, object?[] arguments)
    {
        var id = Interlocked.Increment(ref nextInvocationId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var completion = new TaskCompletionSource<JsonElement?>(TaskCreationOptions.RunContinuationsAsynchronously);
        invocations[id] = completion;
        if (Closed.IsCompleted)
        {
            invocations.TryRemove(id, out _);
            throw new HubConnectionClosedException($"Cannot invoke '{method}': the connection has closed ({await Closed}).");
        }

        await SendRecordAsync(HubProtocol.InvocationRecord(id, method, arguments), CancellationToken.None);
        try
        {
            return await completion.Task.WaitAsync(options.Timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"'{method}' did not complete within {options.Timeout}.");
        }
        finally
        {
            invocations.TryRemove(id, out _);
        }
    }

    private async Task SendRecordAsync(byte[] record, CancellationToken cancellationToken)
    {
        await sending.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(record, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            sending.Release();
        }
    }

    private async Task KeepAliveAsync(TimeSpan interval)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            // Only the wait is cancelled: cancelling a WebSocket send aborts the socket.
            while (await timer.WaitForNextTickAsync(stopping.Token))
            {
                await PingAsync();
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The connection is ending; the receive loop reports how.
        }
    }

    private async Task ReceiveAsync()
    {
        var records = new HubRecordReader();
        HubClose? close = null;
        try
        {
            while (close is null)
            {
                var result = await socket.ReceiveAsync(records.GetMemory(), CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    close = new HubClose(null, AllowReconnect: false, $"the server closed the socket ({socket.CloseStatus})");
                    break;
                }

                records.Advance(result.Count);
                while (close is null && records.TryRead(out var record))
                {
                    close = Handle(record);
                }
            }
        }
        catch (Exception e) when (dropping && e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            close = new HubClose(null, AllowReconnect: false, "this client dropped the connection");
        }
        catch (WebSocketException e)
        {
            close = new HubClose(null, AllowReconnect: false, $"the socket failed: {e.Message}");
        }
        finally
        {
            close ??= new HubClose(null, AllowReconnect: false, "the connection ended");
            handshake.TrySetException(new HubConnectionClosedException($"The handshake did not complete: {close}"));
            closed.TrySetResult(close);
            foreach (var (_, pending) in invocations)
            {
                pending.TrySetException(new HubConnectionClosedException($"The connection closed before the invocation completed ({close})."));
            }

            foreach (var (_, inbox) in received)
            {
                inbox.Writer.TryComplete();
            }

            pings.Writer.TryComplete();
        }
    }

    private HubClose? Handle(ReadOnlyMemory<byte> record)
    {
        if (!handshake.Task.IsCompleted)
        {
            if (HubProtocol.HandshakeError(record) is { } refused)
            {
                handshake.TrySetException(new HubConnectionClosedException($"The server refused the handshake: {refused}"));
                return new HubClose(refused, AllowReconnect: false, "handshake refused");
            }

            handshake.TrySetResult();
            return null;
        }

        frames.Enqueue(Encoding.UTF8.GetString(record.Span));
        var message = HubProtocol.Parse(record);
        switch (message.Type)
        {
            case HubProtocol.Invocation:
                Deliver(new HubInvocation(message.Target!, message.Arguments));
                return null;
            case HubProtocol.Completion:
                Complete(message);
                return null;
            case HubProtocol.Ping:
                Interlocked.Increment(ref pingsReceived);
                pings.Writer.TryWrite(PingsReceived);
                return null;
            case HubProtocol.Close:
                return new HubClose(message.Error, message.AllowReconnect, "the server sent a close message");
            default:
                // Stream items and acks: not used by Roundtable's hubs.
                return null;
        }
    }

    private void Deliver(HubInvocation invocation)
    {
        if (handlers.TryGetValue(invocation.Target, out var list))
        {
            Action<HubInvocation>[] copy;
            lock (list)
            {
                copy = [.. list];
            }

            foreach (var handler in copy)
            {
                handler(invocation);
            }
        }

        Inbox(invocation.Target).Writer.TryWrite(invocation);
    }

    private void Complete(HubMessage message)
    {
        if (message.InvocationId is not { } id || !invocations.TryGetValue(id, out var pending))
        {
            return;
        }

        if (message.Error is { } error)
        {
            pending.TrySetException(new HubInvocationException(error));
        }
        else
        {
            pending.TrySetResult(message.Result);
        }
    }

    private Channel<HubInvocation> Inbox(string method)
    {
        var inbox = received.GetOrAdd(method, _ => Channel.CreateUnbounded<HubInvocation>());
        if (Closed.IsCompleted)
        {
            inbox.Writer.TryComplete();
        }

        return inbox;
    }

    private static async Task<Negotiation> NegotiateAsync(Uri hubUrl, HubTestClientOptions options, CookieContainer cookies, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false });
        var negotiateUrl = new UriBuilder(hubUrl);
        negotiateUrl.Path = negotiateUrl.Path.TrimEnd('/') + "/negotiate";
        negotiateUrl.Query = AppendQuery(hubUrl.Query, "negotiateVersion=1");
        using var request = new HttpRequestMessage(HttpMethod.Post, negotiateUrl.Uri);
        if (options.AccessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.AccessToken);
        }

        // Headers first: a refusal is judged by its status, whatever its body turns out to be.
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HubNegotiationException(response.StatusCode, response.Headers.Location);
        }

        var body = await response.Content.ReadFromJsonAsync<JsonElement>(HubProtocol.Json, cancellationToken);
        if (body.TryGetProperty("error", out var error))
        {
            throw new HubNegotiationException(response.StatusCode, null, error.GetString());
        }

        if (!body.GetProperty("availableTransports").EnumerateArray().Any(t => t.GetProperty("transport").GetString() == "WebSockets"))
        {
            throw new HubNegotiationException(response.StatusCode, null, $"the hub does not offer WebSockets: {body}");
        }

        var connectionId = body.GetProperty("connectionId").GetString()!;
        // Negotiate version 0 servers have no separate token: the id is the token.
        var connectionToken = body.TryGetProperty("connectionToken", out var token) ? token.GetString()! : connectionId;
        return new Negotiation(connectionId, connectionToken);
    }

    // A browser's cookies were set for the address it used; the hub may be on another host
    // name for the same app (localhost and 127.0.0.1), so they are copied to the hub's.
    private static CookieContainer CookiesFor(Uri hubUrl, CookieContainer? given)
    {
        var cookies = new CookieContainer();
        foreach (Cookie cookie in given?.GetAllCookies() ?? [])
        {
            cookies.Add(hubUrl, new Cookie(cookie.Name, cookie.Value, "/"));
        }

        return cookies;
    }

    private static string AppendQuery(string query, string parameter) =>
        string.IsNullOrEmpty(query) || query == "?" ? parameter : $"{query.TrimStart('?')}&{parameter}";

    private static string Describe(IReadOnlyList<string> frames) =>
        frames.Count == 0 ? "nothing" : string.Join(" ", frames.TakeLast(20));

    private sealed record Negotiation(string ConnectionId, string ConnectionToken);

    private sealed class Unsubscriber(Action unsubscribe) : IDisposable
    {
        public void Dispose() => unsubscribe();
    }
}

public sealed class HubTestClientOptions
{
    // The cookies of a signed-in browser (see HubSignIn.CookiesForAsync).
    public CookieContainer? Cookies { get; init; }

    // A personal API token, sent as `Authorization: Bearer` on negotiate and on the socket.
    public string? AccessToken { get; init; }

    // How long connecting, an invocation, or NextAsync waits before failing the test.
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    // The browser client pings every 15 seconds so the server (30 second client timeout) keeps
    // the connection; null sends no pings, to be a client that has gone quiet.
    public TimeSpan? KeepAliveInterval { get; init; } = TimeSpan.FromSeconds(15);
}

// A call the server made to a client method: `Clients.Caller.SendAsync(Target, arguments…)`.
public sealed record HubInvocation(string Target, IReadOnlyList<JsonElement> Arguments)
{
    // Enums by name, as Roundtable's hubs send them (numbers are read too).
    public T? Argument<T>(int index) => Arguments[index].Deserialize<T>(HubProtocol.Json);

    public override string ToString() => $"{Target}({string.Join(", ", Arguments.Select(a => a.GetRawText()))})";
}

// How a connection ended. Error is the server's reason in its close message, if it gave one.
public sealed record HubClose(string? Error, bool AllowReconnect, string How)
{
    public override string ToString() => Error is null ? How : $"{How}: {Error}";
}

public sealed class HubInvocationException(string message) : Exception(message);

public sealed class HubConnectionClosedException(string message) : Exception(message);

public sealed class HubNegotiationException(HttpStatusCode status, Uri? location, string? error = null)
    : Exception($"Negotiation answered {(int)status} {status}{(location is null ? "" : $" (to {location})")}{(error is null ? "" : $": {error}")}")
{
    public HttpStatusCode Status { get; } = status;

    public Uri? Location { get; } = location;
}
