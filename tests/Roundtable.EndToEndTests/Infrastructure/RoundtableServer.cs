using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Roundtable.Tests.Shared;

namespace Roundtable.EndToEndTests.Infrastructure;

// The whole app on a real loopback port, so a real browser can use it: a fresh SQLite database
// with the demo communities, in Development, where the outbox is open to this machine, as it
// is for a developer on `dotnet run`.
public sealed class RoundtableServer : WebApplicationFactory<Program>
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("roundtable-e2e-").FullName;

    private RoundtableServer(int port) => BaseUrl = new Uri($"http://127.0.0.1:{port}");

    // Links in emails are built from App:BaseUrl, so it must be known before the host is built.
    public Uri BaseUrl { get; }

    public string DatabasePath => Path.Combine(dataDirectory, "roundtable.db");

    // Midday today, as in every suite, going on a millisecond each time it is read, so that what
    // happens later is dated later (the outbox lists the newest email first).
    public FakeTimeProvider Clock { get; } = CreateClock();

    // Now is the given moment (after a session, say), until the result is disposed and the clock
    // comes back to where it was.
    public IDisposable MoveClockTo(DateTimeOffset moment)
    {
        var before = Clock.GetUtcNow();
        Clock.AdjustTime(moment);
        return new ClockBack(() => Clock.AdjustTime(before));
    }

    private static FakeTimeProvider CreateClock()
    {
        var clock = TestClock.StartingToday();
        clock.AutoAdvanceAmount = TimeSpan.FromMilliseconds(1);
        return clock;
    }

    private sealed class ClockBack(Action back) : IDisposable
    {
        public void Dispose() => back();
    }

    public static RoundtableServer Start()
    {
        var port = FreeLoopbackPort();
        var server = new RoundtableServer(port);
        server.UseKestrel(port);
        server.StartServer();
        if (!File.Exists(server.DatabasePath))
        {
            throw new InvalidOperationException($"The app did not create its database at {server.DatabasePath}: the test settings were not applied.");
        }

        return server;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Roundtable", $"Data Source={DatabasePath}");
        builder.UseSetting("App:BaseUrl", BaseUrl.GetLeftPart(UriPartial.Authority));
        builder.UseSetting("App:LoadDemoData", "true");
        // Every test signs someone in from the same address: the limits that protect real
        // people's inboxes would stop the suite part way.
        builder.UseSetting("SignIn:AttemptsPerWindow", "1000");
        builder.UseSetting("SignIn:LinksPerEmailPerWindow", "1000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // An embeddings service a co-lead may turn on, at an address where nothing answers: Find
        // themes then says so and suggests with Roundtable's own engine.
        builder.UseSetting("Themes:Embeddings:Endpoint", "http://127.0.0.1:9/v1");
        builder.UseSetting("Themes:Embeddings:Model", "demo-embeddings");
        builder.UseSetting("Themes:Embeddings:RunBy", "the Trust's data team");
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    // Another process could take the port between Stop and Kestrel's bind; on a test machine
    // that is rare enough, and the failure would be an obvious "address in use".
    internal static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
