using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace Roundtable.Bench;

// How pages load on a slow phone: Chromium (through Playwright, as the browser suite drives it)
// with the slow-4G profile the issue names (150 ms round trip, 1.6 Mbps each way, the CPU four
// times slower), from a cold cache and then again with what the first visit cached. For each page
// prints its Largest Contentful Paint (from the page's own PerformanceObserver) and the bytes that
// crossed the network (CDP Network.loadingFinished encodedDataLength: headers and compressed
// bodies, as sent), one line each:
//   NAME PATH: LCP 812 ms, cold 58.3 kB, second visit 6.1 kB
public static class PageLoads
{
    private const string LargestContentfulPaint = """
        () => new Promise(resolve => {
          new PerformanceObserver(list => {
            const entries = list.getEntries();
            resolve(entries[entries.length - 1].startTime);
          }).observe({ type: 'largest-contentful-paint', buffered: true });
          setTimeout(() => resolve(-1), 10000);
        })
        """;

    public static async Task<int> RunAsync(Options options)
    {
        var baseUrl = options.Text("base").TrimEnd('/');
        var pages = options.Text("pages").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2)).Select(p => (Name: p[0], Path: p[1])).ToList();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = options.Text("chromium", "/usr/bin/chromium"),
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });

        foreach (var (name, path) in pages)
        {
            // A context of its own: an empty cache and no cookies.
            await using var context = await browser.NewContextAsync(new() { Locale = "en-GB", ViewportSize = new() { Width = 412, Height = 915 } });
            var page = await context.NewPageAsync();
            var cdp = await context.NewCDPSessionAsync(page);
            var target = path;
            // The live room is a guest's: come in with the join link first, then forget what that cached.
            if (path.StartsWith("/rooms/join/", StringComparison.Ordinal))
            {
                await page.GotoAsync(baseUrl + path);
                await page.GetByRole(AriaRole.Button, new() { Name = "Join the room" }).ClickAsync();
                await page.WaitForURLAsync("**/rooms/guest");
                target = "/rooms/guest";
                await cdp.SendAsync("Network.clearBrowserCache");
            }

            var bytes = new NetworkBytes(cdp, options.Has("verbose") ? Console.Error : null);
            await cdp.SendAsync("Network.enable");
            await cdp.SendAsync("Network.emulateNetworkConditions", new()
            {
                ["offline"] = false,
                ["latency"] = 150,
                ["downloadThroughput"] = 200_000,
                ["uploadThroughput"] = 200_000,
            });
            await cdp.SendAsync("Emulation.setCPUThrottlingRate", new() { ["rate"] = 4 });

            var (lcp, cold) = await VisitAsync(page, bytes, baseUrl + target);
            var (_, second) = await VisitAsync(page, bytes, baseUrl + target);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name} {target}: LCP {lcp:0} ms, cold {cold / 1000.0:0.0} kB, second visit {second / 1000.0:0.0} kB"));
        }

        return 0;
    }

    private static async Task<(double Lcp, long Bytes)> VisitAsync(IPage page, NetworkBytes bytes, string url)
    {
        bytes.Reset();
        var response = await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load, Timeout = 60_000 });
        if (response is not { Ok: true })
        {
            throw new InvalidOperationException($"{url} answered {response?.Status}");
        }

        var lcp = await page.EvaluateAsync<double>(LargestContentfulPaint);
        if (lcp < 0)
        {
            throw new InvalidOperationException($"{url} reported no largest contentful paint");
        }

        // Whatever the page asked for once loaded (a module's import, an icon) has finished too.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = 5_000 }).ContinueWith(_ => { }, TaskScheduler.Default);
        return (lcp, bytes.Total);
    }

    // Bytes received for every request that finished since the last Reset; with a log, each
    // request's address and bytes too (--verbose).
    private sealed class NetworkBytes
    {
        private readonly Dictionary<string, string> addresses = [];
        private long total;

        public NetworkBytes(ICDPSession cdp, TextWriter? log)
        {
            cdp.Event("Network.responseReceived").OnEvent += (_, received) =>
            {
                if (log is not null && received is { } json)
                {
                    lock (addresses)
                    {
                        addresses[json.GetProperty("requestId").GetString()!] = json.GetProperty("response").GetProperty("url").GetString()!;
                    }
                }
            };
            cdp.Event("Network.loadingFinished").OnEvent += (_, finished) =>
            {
                if (finished is { } json && json.TryGetProperty("encodedDataLength", out var length) && length.ValueKind == JsonValueKind.Number)
                {
                    Interlocked.Add(ref total, (long)length.GetDouble());
                    if (log is not null)
                    {
                        lock (addresses)
                        {
                            addresses.TryGetValue(json.GetProperty("requestId").GetString()!, out var address);
                            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {length.GetDouble(),8:0} bytes  {address}"));
                        }
                    }
                }
            };
        }

        public long Total => Interlocked.Read(ref total);

        public void Reset() => Interlocked.Exchange(ref total, 0);
    }
}
