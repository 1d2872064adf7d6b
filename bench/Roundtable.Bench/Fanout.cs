using System.Diagnostics;
using System.Globalization;

namespace Roundtable.Bench;

// N listeners and one sender on a fan-out server: the bare WebSocket baseline (--url) or the live
// room's hub (--hub, with --join: the room's join link). The sender sends R messages a second for
// S seconds, each carrying the moment it was sent; every listener notes how long each took to
// reach it. All clients live in this one process, so their clocks agree. Prints the latency
// percentiles over every delivery, how many deliveries were missed, and how much memory the
// server (given its process id) added while the listeners connected.
public static class Fanout
{
    public static async Task<int> RunAsync(Options options)
    {
        var clients = options.Number("clients", 300);
        var rate = options.Number("rate", 20);
        var seconds = options.Number("seconds", 20);
        var serverPid = options.Number("server-pid", 0);
        await using FanoutTransport transport = options.Has("hub")
            ? new RoomHubTransport(new Uri(options.Text("hub")), new Uri(options.Text("join")))
            : new PlainWebSocketTransport(new Uri(options.Text("url")));

        // Everyone the run needs is let in first (the room's guests each follow the join link).
        await transport.PrepareAsync(clients + 1);

        // The sender connects and hears its own first message before anything is measured, so
        // what the server sets up once (compiling code, pools) is not counted as the listeners'.
        var senderHeard = 0;
        await using var sender = await transport.ConnectAsync(clients, (_, _) => Interlocked.Increment(ref senderHeard));
        await sender.SendAsync(-2);
        await WaitUntilAsync(() => Volatile.Read(ref senderHeard) > 0, TimeSpan.FromSeconds(30), "the sender did not hear its own first message");

        var before = ResidentKiB(serverPid);
        var latencies = new List<double>[clients];
        var listeners = new List<FanoutConnection>();
        try
        {
            for (var i = 0; i < clients; i++)
            {
                var heard = latencies[i] = [];
                listeners.Add(await transport.ConnectAsync(i, (sent, arrived) =>
                {
                    lock (heard)
                    {
                        heard.Add(Stopwatch.GetElapsedTime(sent, arrived).TotalMilliseconds);
                    }
                }));
            }

            // Every listener must have heard one message before the run starts.
            await sender.SendAsync(-1);
            await WaitUntilAsync(() => latencies.All(l => Count(l) >= 1), TimeSpan.FromSeconds(30), "not every listener heard the first message");
            var after = ResidentKiB(serverPid);
            foreach (var list in latencies)
            {
                lock (list)
                {
                    list.Clear();
                }
            }

            var interval = TimeSpan.FromSeconds(1.0 / rate);
            var total = rate * seconds;
            var started = Stopwatch.GetTimestamp();
            for (var n = 0; n < total; n++)
            {
                var due = started + (long)(interval.TotalSeconds * n * Stopwatch.Frequency);
                var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait);
                }

                await sender.SendAsync(n);
            }

            // The last messages may still be on their way: wait for them, up to five seconds.
            await WaitUntilAsync(() => latencies.All(l => Count(l) >= total), TimeSpan.FromSeconds(5), null);
            var refused = await sender.FinishAsync(TimeSpan.FromSeconds(5));

            var all = latencies.SelectMany(l => { lock (l) { return l.ToArray(); } }).Order().ToArray();
            var expected = (long)total * clients;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"clients {clients}, {rate}/s for {seconds}s: deliveries {all.Length} of {expected}, " +
                $"p50 {Percentile(all, 0.50):0.0} ms, p99 {Percentile(all, 0.99):0.0} ms, max {(all.Length == 0 ? 0 : all[^1]):0.0} ms, " +
                $"memory added {(serverPid == 0 ? "not measured" : $"{(after - before) / 1024.0:0.0} MB")}{(refused > 0 ? $", sends refused or unanswered {refused}" : "")}"));
        }
        finally
        {
            await Task.WhenAll(listeners.Select(listener => listener.DisposeAsync().AsTask()));
        }

        return 0;
    }

    private static int Count(List<double> list)
    {
        lock (list)
        {
            return list.Count;
        }
    }

    // Throws with `failure` when the condition is still false after `limit`; returns quietly
    // when `failure` is null.
    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan limit, string? failure)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
        while (!condition())
        {
            if (Stopwatch.GetTimestamp() > deadline)
            {
                if (failure is not null)
                {
                    throw new TimeoutException($"{failure} within {limit.TotalSeconds} s");
                }

                return;
            }

            await Task.Delay(10);
        }
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    // The process's resident memory in KiB, from /proc (Linux), or 0 when not asked for.
    private static long ResidentKiB(int pid)
    {
        if (pid == 0)
        {
            return 0;
        }

        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }
}

// How the fan-out reaches a server. Heard is called with the send timestamp a message carries and
// the moment it arrived (Stopwatch timestamps).
public abstract class FanoutTransport : IAsyncDisposable
{
    public virtual Task PrepareAsync(int connections) => Task.CompletedTask;

    public abstract Task<FanoutConnection> ConnectAsync(int index, Action<long, long> heard);

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}

public abstract class FanoutConnection : IAsyncDisposable
{
    // Sends message `number`, carrying the moment it is sent.
    public abstract Task SendAsync(int number);

    // How many of the messages sent the server refused, or had not answered within `limit`.
    public virtual Task<int> FinishAsync(TimeSpan limit) => Task.FromResult(0);

    public abstract ValueTask DisposeAsync();
}

// What every message says: the Stopwatch timestamp of its sending and its number.
public static class FanoutMessage
{
    public static string Text(int number) => string.Create(CultureInfo.InvariantCulture, $"{Stopwatch.GetTimestamp()} {number}");

    public static bool TryReadSent(ReadOnlySpan<char> text, out long sent)
    {
        var space = text.IndexOf(' ');
        sent = 0;
        return space > 0 && long.TryParse(text[..space], NumberStyles.None, CultureInfo.InvariantCulture, out sent);
    }
}
