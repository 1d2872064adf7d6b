using System.Collections.Concurrent;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Roundtable.Bench;

// The least a server can do to fan a message out: every text message a client sends goes to every
// connected client as it came, with no protocol, storage or authorisation. What the live room adds
// on top of this is what the benchmark shows.
public static class BaselineServer
{
    public static async Task<int> RunAsync(Options options)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{options.Number("port")}");
        var app = builder.Build();
        app.UseWebSockets();
        var sockets = new ConcurrentDictionary<Guid, Connection>();
        app.Map("/ws", async (HttpContext http) =>
        {
            if (!http.WebSockets.IsWebSocketRequest)
            {
                return Results.BadRequest();
            }

            using var socket = await http.WebSockets.AcceptWebSocketAsync();
            var id = Guid.NewGuid();
            using var connection = new Connection(socket);
            sockets[id] = connection;
            try
            {
                var buffer = new byte[4096];
                while (socket.State == WebSocketState.Open)
                {
                    var received = await socket.ReceiveAsync(buffer, http.RequestAborted);
                    if (received.MessageType == WebSocketMessageType.Close)
                    {
                        break;
                    }

                    var message = buffer.AsMemory(0, received.Count).ToArray();
                    await Task.WhenAll(sockets.Values.Select(c => c.SendAsync(message)));
                }
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
                // The client went away.
            }
            finally
            {
                sockets.TryRemove(id, out _);
            }

            return Results.Empty;
        });
        app.MapGet("/health", () => "ok");
        await app.RunAsync();
        return 0;
    }

    // One send at a time per socket, as WebSocket requires.
    private sealed class Connection(WebSocket socket) : IDisposable
    {
        private readonly SemaphoreSlim sending = new(1, 1);

        public async Task SendAsync(byte[] message)
        {
            try
            {
                await sending.WaitAsync();
            }
            catch (ObjectDisposedException)
            {
                // It closed while a message was on its way to everyone.
                return;
            }

            try
            {
                if (socket.State == WebSocketState.Open)
                {
                    await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
                }
            }
            catch (WebSocketException)
            {
                // Gone: its own loop removes it.
            }
            finally
            {
                sending.Release();
            }
        }

        public void Dispose() => sending.Dispose();
    }
}
