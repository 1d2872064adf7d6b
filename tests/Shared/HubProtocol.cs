using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Roundtable.Tests.Shared;

// Shared by the hub tests' client (HubTestClient) and the live fan-out benchmark
// (bench/Roundtable.Bench); each project links this file. SignalR's JSON hub protocol as the
// browser's @microsoft/signalr speaks it over a WebSocket: the client sends a handshake, the
// server answers {} or {"error":…}, then both send JSON records, each ended by 0x1E.
// Protocol: dotnet/aspnetcore src/SignalR/docs/specs/HubProtocol.md.
public static class HubProtocol
{
    public const byte RecordSeparator = 0x1E;

    // Message types: stream items (2), stream invocations (4), cancellations (5) and acks are not
    // used by Roundtable's hubs.
    public const int Invocation = 1;
    public const int Completion = 3;
    public const int Ping = 6;
    public const int Close = 7;

    // Enums by name, as Roundtable's hubs send them (numbers are read too).
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static byte[] Handshake() => Record("""{"protocol":"json","version":1}""");

    public static byte[] PingRecord() => Record("""{"type":6}""");

    // A call to a hub method. Without an invocation id the server runs it and never answers.
    public static byte[] InvocationRecord(string? invocationId, string target, object?[] arguments) =>
        Record(invocationId is null
            ? JsonSerializer.Serialize(new { type = Invocation, target, arguments }, Json)
            : JsonSerializer.Serialize(new { type = Invocation, invocationId, target, arguments }, Json));

    public static byte[] Record(string json)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(json) + 1];
        Encoding.UTF8.GetBytes(json, bytes);
        bytes[^1] = RecordSeparator;
        return bytes;
    }

    // The server's answer to the handshake: null when it accepted it, its reason when it refused.
    public static string? HandshakeError(ReadOnlyMemory<byte> record)
    {
        using var document = JsonDocument.Parse(record);
        return document.RootElement.TryGetProperty("error", out var error) ? error.GetString() ?? "" : null;
    }

    // One record after the handshake (without its separator).
    public static HubMessage Parse(ReadOnlyMemory<byte> record)
    {
        using var document = JsonDocument.Parse(record);
        var message = document.RootElement;
        var type = message.GetProperty("type").GetInt32();
        return new HubMessage(
            type,
            message.TryGetProperty("invocationId", out var id) ? id.GetString() : null,
            message.TryGetProperty("target", out var target) ? target.GetString() : null,
            message.TryGetProperty("arguments", out var arguments) ? [.. arguments.EnumerateArray().Select(a => a.Clone())] : [],
            message.TryGetProperty("result", out var result) ? result.Clone() : null,
            message.TryGetProperty("error", out var error) ? error.GetString() ?? "" : null,
            message.TryGetProperty("allowReconnect", out var reconnect) && reconnect.GetBoolean());
    }
}

// A message from the server. Error: a completion's or a close message's reason, when it gave one.
public sealed record HubMessage(
    int Type, string? InvocationId, string? Target, IReadOnlyList<JsonElement> Arguments, JsonElement? Result, string? Error, bool AllowReconnect);

// What a socket received, handed out as whole records: a record may span several reads and one
// read may hold several records. Receive into GetMemory, Advance by what arrived, then TryRead
// until it says no; a record read stays valid until the next GetMemory.
public sealed class HubRecordReader
{
    private readonly ArrayBufferWriter<byte> buffer = new();
    private int consumed;

    public Memory<byte> GetMemory(int sizeHint = 4096)
    {
        if (consumed > 0)
        {
            // Keep only the partial record at the end.
            var rest = buffer.WrittenSpan[consumed..].ToArray();
            buffer.ResetWrittenCount();
            rest.CopyTo(buffer.GetSpan(rest.Length));
            buffer.Advance(rest.Length);
            consumed = 0;
        }

        return buffer.GetMemory(sizeHint);
    }

    public void Advance(int count) => buffer.Advance(count);

    public bool TryRead(out ReadOnlyMemory<byte> record)
    {
        var unread = buffer.WrittenMemory[consumed..];
        var end = unread.Span.IndexOf(HubProtocol.RecordSeparator);
        if (end < 0)
        {
            record = default;
            return false;
        }

        record = unread[..end];
        consumed += end + 1;
        return true;
    }
}
