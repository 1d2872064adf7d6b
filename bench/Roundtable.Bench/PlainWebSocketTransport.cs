using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;

namespace Roundtable.Bench;

// The baseline's clients: bare WebSockets, each message the text FanoutMessage makes.
public sealed class PlainWebSocketTransport(Uri url) : FanoutTransport
{
    public override async Task<FanoutConnection> ConnectAsync(int index, Action<long, long> heard)
    {
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(url, CancellationToken.None);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        return new Connection(socket, heard);
    }

    private sealed class Connection : FanoutConnection
    {
        private readonly ClientWebSocket socket;

        public Connection(ClientWebSocket socket, Action<long, long> heard)
        {
            this.socket = socket;
            _ = ListenAsync(heard);
        }

        public override Task SendAsync(int number) =>
            socket.SendAsync(Encoding.UTF8.GetBytes(FanoutMessage.Text(number)), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

        public override ValueTask DisposeAsync()
        {
            socket.Abort();
            socket.Dispose();
            return ValueTask.CompletedTask;
        }

        private async Task ListenAsync(Action<long, long> heard)
        {
            var buffer = new byte[4096];
            try
            {
                while (true)
                {
                    var received = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    var arrived = Stopwatch.GetTimestamp();
                    if (received.MessageType == WebSocketMessageType.Close)
                    {
                        return;
                    }

                    if (FanoutMessage.TryReadSent(Encoding.UTF8.GetString(buffer, 0, received.Count), out var sent))
                    {
                        heard(sent, arrived);
                    }
                }
            }
            catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or OperationCanceledException)
            {
                // The run is over.
            }
        }
    }
}
