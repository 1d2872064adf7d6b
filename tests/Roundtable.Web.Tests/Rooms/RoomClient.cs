using System.Collections.Concurrent;
using System.Net;
using System.Net.WebSockets;
using System.Text.Json.Serialization;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;
using Roundtable.Web.Pages.Communities.Rooms;
using Roundtable.Web.Tests.Infrastructure.Hubs;

namespace Roundtable.Web.Tests.Rooms;

// One phone or laptop in the live room: the .NET SignalR client, connecting to the room's hub as
// the browser's does (negotiate, then a WebSocket carrying the browser's cookies). It keeps the
// room events and hidden contributions it is sent, in order, for a test to take one at a time;
// keeps every record the server sent it as text (ReceivedFrames); and can lose signal as a phone
// does. The app must ListensOnLoopback: an aborted socket is only real on a real socket.
//
//   await using var phone = await app.ConnectRoomAsync(person);
//   await phone.JoinAsync(room);
//   var said = await phone.NextEventAsync(RoomEventKind.ContributionAdded);
public sealed class RoomClient : IAsyncDisposable
{
    // How long connecting, a call, or waiting for something to arrive may take before the test fails.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly HubConnection connection;
    private readonly Channel<RoomMessage> events = Channel.CreateUnbounded<RoomMessage>();
    private readonly Channel<HiddenContribution> hidden = Channel.CreateUnbounded<HiddenContribution>();
    private readonly ConcurrentQueue<string> frames = new();
    private TaskCompletionSource closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebSocket? socket;

    private RoomClient(Uri hub, CookieContainer cookies)
    {
        connection = new HubConnectionBuilder()
            .WithUrl(hub, options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.Cookies = cookies;
                options.WebSocketFactory = ConnectSocketAsync;
            })
            // Enums by name, as the room's hub sends and reads them (RoomServices).
            .AddJsonProtocol(json => json.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .Build();
        connection.On<RoomMessage>(RoomBroadcast.EventMethod, message => events.Writer.TryWrite(message));
        connection.On<HiddenContribution>(RoomBroadcast.HiddenMethod, told => hidden.Writer.TryWrite(told));
        connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
    }

    // The server's id for this connection; a new one after ReconnectAsync.
    public string? ConnectionId => connection.ConnectionId;

    // Every record the server sent this client, in order, as JSON text: the handshake's answer,
    // every call to a client method, every answer to a call, pings. When a call has returned,
    // everything the server sent before its answer is here.
    public IReadOnlyList<string> ReceivedFrames => [.. frames];

    // `cookies`: a signed-in browser's (HubSignIn.CookiesForAsync), a guest's, or none.
    public static async Task<RoomClient> ConnectAsync(Uri hub, CookieContainer? cookies = null)
    {
        var client = new RoomClient(hub, cookies ?? new CookieContainer());
        try
        {
            await client.StartAsync();
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }

        return client;
    }

    public Task<RoomJoined> JoinAsync(OpenRoom room, long lastSeen = 0) =>
        JoinAsync(new JoinRoom(room.Session.Id, LastSeen: lastSeen));

    public Task<RoomJoined> JoinAsync(JoinRoom request) => InvokeAsync<RoomJoined>("Join", request);

    public Task<Contributed> ContributeAsync(string text, Guid? clientId = null, bool anonymous = false, Guid? promptId = null) =>
        InvokeAsync<Contributed>("Contribute", new Contribute(clientId ?? Guid.NewGuid(), promptId, text, Anonymous: anonymous));

    // Calls a hub method and waits for its answer. A refusal throws the hub's HubException,
    // whose message carries the hub's reason.
    public async Task<T> InvokeAsync<T>(string method, params object?[] arguments)
    {
        using var waiting = new CancellationTokenSource(Timeout);
        try
        {
            return await connection.InvokeCoreAsync<T>(method, arguments, waiting.Token);
        }
        catch (OperationCanceledException) when (waiting.IsCancellationRequested)
        {
            throw new TimeoutException($"'{method}' was not answered within {Timeout.TotalSeconds} s. {Told()}");
        }
    }

    public Task InvokeAsync(string method, params object?[] arguments) => InvokeAsync<object?>(method, arguments);

    // The next room event (client method RoomEvent) that no earlier call took.
    public Task<RoomMessage> NextEventAsync() => NextAsync(events, RoomBroadcast.EventMethod);

    // The next event of this kind, passing over others (a room opening, a prompt).
    public async Task<RoomMessage> NextEventAsync(RoomEventKind kind)
    {
        while (true)
        {
            var message = await NextEventAsync();
            if (message.Kind == kind)
            {
                return message;
            }
        }
    }

    // The events from the next one up to the one numbered `sequence`. A connection is told a
    // room's events one at a time, in order, so this is everything it was told before that one:
    // a way to say "nothing else came" without waiting for a timeout.
    public async Task<IReadOnlyList<RoomMessage>> EventsThroughAsync(long sequence)
    {
        var taken = new List<RoomMessage>();
        do
        {
            taken.Add(await NextEventAsync());
        }
        while (taken[^1].Sequence < sequence);

        return taken;
    }

    // The next hidden contribution facilitators are told of (client method ContributionHidden).
    public Task<HiddenContribution> NextHiddenAsync() => NextAsync(hidden, RoomBroadcast.HiddenMethod);

    // Loses the connection as a phone losing signal does: the socket is aborted with no close
    // handshake and no close message, so the server finds out only from the broken transport.
    // Returns when the client knows it is disconnected.
    public async Task LoseSignalAsync()
    {
        var ended = closed.Task;
        (socket ?? throw new InvalidOperationException("Not connected.")).Abort();
        await ended.WaitAsync(Timeout);
    }

    // Connects again as a new connection, in no room until it joins one again.
    public Task ReconnectAsync() => StartAsync();

    public ValueTask DisposeAsync() => connection.DisposeAsync();

    private async Task StartAsync()
    {
        closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var waiting = new CancellationTokenSource(Timeout);
        await connection.StartAsync(waiting.Token);
    }

    // What the default factory does for us (cookies on the upgrade request), keeping the socket
    // to abort and recording what arrives on it.
    private async ValueTask<WebSocket> ConnectSocketAsync(WebSocketConnectionContext context, CancellationToken cancellationToken)
    {
        var client = new ClientWebSocket();
        client.Options.Cookies = context.Options.Cookies;
        try
        {
            await client.ConnectAsync(context.Uri, cancellationToken);
        }
        catch
        {
            client.Dispose();
            throw;
        }

        return socket = new RecordingWebSocket(client, frames.Enqueue);
    }

    private async Task<T> NextAsync<T>(Channel<T> inbox, string method)
    {
        using var waiting = new CancellationTokenSource(Timeout);
        try
        {
            return await inbox.Reader.ReadAsync(waiting.Token);
        }
        catch (OperationCanceledException) when (waiting.IsCancellationRequested)
        {
            throw new TimeoutException($"No call to '{method}' arrived within {Timeout.TotalSeconds} s. {Told()}");
        }
    }

    private string Told() => frames.IsEmpty ? "The server sent nothing." : $"The server sent: {string.Join(" ", frames.TakeLast(20))}";
}
