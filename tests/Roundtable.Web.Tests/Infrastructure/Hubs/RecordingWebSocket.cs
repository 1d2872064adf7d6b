using System.Buffers;
using System.Net.WebSockets;
using System.Text;

namespace Roundtable.Web.Tests.Infrastructure.Hubs;

// A client's WebSocket that keeps every record the server sent over it, as text, before the
// SignalR client reads it: for asserting that something (an author's name) appears nowhere in
// what a client was told, whichever client method, answer or message carried it. Given to the
// SignalR client through HttpConnectionOptions.WebSocketFactory. Records are in the order they
// arrived, so when an answer has been read, everything the server sent before it is here.
public sealed class RecordingWebSocket(WebSocket socket, Action<string> record) : WebSocket
{
    // The JSON hub protocol ends each record with this; one WebSocket message may hold several.
    private const char RecordSeparator = '\u001e';

    private readonly ArrayBufferWriter<byte> message = new();

    public override WebSocketCloseStatus? CloseStatus => socket.CloseStatus;

    public override string? CloseStatusDescription => socket.CloseStatusDescription;

    public override WebSocketState State => socket.State;

    public override string? SubProtocol => socket.SubProtocol;

    public override void Abort() => socket.Abort();

    public override Task CloseAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken) =>
        socket.CloseAsync(closeStatus, statusDescription, cancellationToken);

    public override Task CloseOutputAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken) =>
        socket.CloseOutputAsync(closeStatus, statusDescription, cancellationToken);

    public override void Dispose() => socket.Dispose();

    public override async Task<WebSocketReceiveResult> ReceiveAsync(ArraySegment<byte> buffer, CancellationToken cancellationToken)
    {
        var result = await socket.ReceiveAsync(buffer, cancellationToken);
        Keep(buffer.AsSpan(0, result.Count), result.MessageType, result.EndOfMessage);
        return result;
    }

    public override async ValueTask<ValueWebSocketReceiveResult> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var result = await socket.ReceiveAsync(buffer, cancellationToken);
        Keep(buffer.Span[..result.Count], result.MessageType, result.EndOfMessage);
        return result;
    }

    public override Task SendAsync(ArraySegment<byte> buffer, WebSocketMessageType messageType, bool endOfMessage, CancellationToken cancellationToken) =>
        socket.SendAsync(buffer, messageType, endOfMessage, cancellationToken);

    public override ValueTask SendAsync(ReadOnlyMemory<byte> buffer, WebSocketMessageType messageType, bool endOfMessage, CancellationToken cancellationToken) =>
        socket.SendAsync(buffer, messageType, endOfMessage, cancellationToken);

    public override ValueTask SendAsync(ReadOnlyMemory<byte> buffer, WebSocketMessageType messageType, WebSocketMessageFlags messageFlags, CancellationToken cancellationToken) =>
        socket.SendAsync(buffer, messageType, messageFlags, cancellationToken);

    // The client reads one message at a time (a zero-byte read, then the data), so a message can
    // be gathered here until its end, where a character split between two reads is whole again.
    private void Keep(ReadOnlySpan<byte> received, WebSocketMessageType type, bool endOfMessage)
    {
        if (type == WebSocketMessageType.Close)
        {
            return;
        }

        message.Write(received);
        if (!endOfMessage)
        {
            return;
        }

        foreach (var text in Encoding.UTF8.GetString(message.WrittenSpan).Split(RecordSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            record(text);
        }

        message.ResetWrittenCount();
    }
}
