using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;

namespace Roundtable.Bench;

// N listeners and one sender on a fan-out server. The sender sends R messages a second for S
// seconds, each carrying the moment it was sent; every listener notes how long each took to reach
// it. All clients live in this one process, so their clocks agree. Prints the latency percentiles
// over every delivery, how many deliveries were missed, and how much memory the server (given its
// process id) added while the listeners connected.
public static class Fanout
{
    public static async Task<int> RunAsync(Options options)
    {
        var url = new Uri(options.Text("url"));
        var clients = options.Number("clients", 300);
        var rate = options.Number("rate", 20);
        var seconds = options.Number("seconds", 20);
        var serverPid = options.Number("server-pid", 0);

        var before = ResidentKiB(serverPid);
        var latencies = new List<double>[clients];
        var listeners = new ClientWebSocket[clients];
        using var stop = new CancellationTokenSource();
        var loops = new List<Task>();
        for (var i = 0; i < clients; i++)
        {
            latencies[i] = [];
            listeners[i] = new ClientWebSocket();
            await listeners[i].ConnectAsync(url, CancellationToken.None);
            loops.Add(ListenAsync(listeners[i], latencies[i], stop.Token));
        }

        using var sender = new ClientWebSocket();
        await sender.ConnectAsync(url, CancellationToken.None);
        var drainSender = ListenAsync(sender, [], stop.Token);

        // Every listener must have heard one message before the run starts.
        await SendAsync(sender, -1);
        await WaitUntilAsync(() => latencies.All(l => l.Count >= 1), TimeSpan.FromSeconds(30));
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

            await SendAsync(sender, n);
        }

        // The last messages may still be on their way: wait for them, up to five seconds.
        await WaitUntilAsync(() => latencies.All(l => Count(l) >= total), TimeSpan.FromSeconds(5), throwOnTimeout: false);
        await stop.CancelAsync();

        var all = latencies.SelectMany(l => { lock (l) { return l.ToArray(); } }).Order().ToArray();
        var expected = (long)total * clients;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"clients {clients}, {rate}/s for {seconds}s: deliveries {all.Length} of {expected}, " +
            $"p50 {Percentile(all, 0.50):0.0} ms, p99 {Percentile(all, 0.99):0.0} ms, max {(all.Length == 0 ? 0 : all[^1]):0.0} ms, " +
            $"memory added {(serverPid == 0 ? "not measured" : $"{(after - before) / 1024.0:0.0} MB")}"));

        foreach (var socket in listeners.Append(sender))
        {
            socket.Abort();
            socket.Dispose();
        }

        return 0;
    }

    private static Task SendAsync(ClientWebSocket socket, int number) =>
        socket.SendAsync(
            Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Stopwatch.GetTimestamp()} {number}")),
            WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    private static async Task ListenAsync(ClientWebSocket socket, List<double> latencies, CancellationToken stop)
    {
        var buffer = new byte[4096];
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var received = await socket.ReceiveAsync(buffer, stop);
                var arrived = Stopwatch.GetTimestamp();
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                var text = Encoding.UTF8.GetString(buffer, 0, received.Count);
                var sent = long.Parse(text[..text.IndexOf(' ', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
                lock (latencies)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(sent, arrived).TotalMilliseconds);
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The run is over.
        }
    }

    private static int Count(List<double> list)
    {
        lock (list)
        {
            return list.Count;
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan limit, bool throwOnTimeout = true)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
        while (!condition())
        {
            if (Stopwatch.GetTimestamp() > deadline)
            {
                if (throwOnTimeout)
                {
                    throw new TimeoutException($"not every client was ready within {limit.TotalSeconds} s");
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
