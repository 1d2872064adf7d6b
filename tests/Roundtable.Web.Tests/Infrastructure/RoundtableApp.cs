using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Roundtable.Core.Data;
using Roundtable.Core.Sessions;
using Roundtable.Tests.Shared;

namespace Roundtable.Web.Tests.Infrastructure;

// The real app over HTTP, on its own fresh database, with a clock tests can move.
public class RoundtableApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public FakeTimeProvider Clock { get; } = TestClock.StartingToday();

    // The app's date in the UK, as its clock stands.
    public DateOnly Today => UkTimeZone.DateOf(Clock.GetUtcNow());

    // Not Development: the development-only conveniences are tested on purpose, elsewhere.
    public string EnvironmentName { get; init; } = "Testing";

    public Dictionary<string, string?> Settings { get; } = [];

    // Set to reuse a database another app instance used (a restart).
    public TestDatabase? ExistingDatabase { get; init; }

    // Serve on a real loopback socket (Kestrel) instead of in memory, for tests that speak to
    // the app as a browser's WebSocket does (hubs); browsers from CreateBrowser still work.
    public bool ListensOnLoopback { get; init; }

    // Where the app listens when ListensOnLoopback.
    public Uri LoopbackAddress => new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    public virtual async Task InitializeAsync()
    {
        Database = ExistingDatabase ?? await TestDatabase.CreateMigratedAsync();
        if (ListensOnLoopback)
        {
            UseKestrel(0);
            StartServer();
        }
        else
        {
            _ = Server;
        }
    }

    // For a test that needs an app of its own: `await using var app = await new RoundtableApp { … }.StartAsync();`
    public async Task<RoundtableApp> StartAsync()
    {
        await InitializeAsync();
        return this;
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (ExistingDatabase is null && Database is not null)
        {
            await Database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    // A browser that does not follow redirects; `cookies` lets a test read what it was given.
    public HttpClient CreateBrowser(CookieContainer? cookies = null)
    {
        cookies ??= new CookieContainer();
        return ListensOnLoopback
            // Over Kestrel the factory's clients follow redirects whatever their options say.
            ? new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = LoopbackAddress }
            : CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));
    }

    public async Task<T> WithDbAsync<T>(Func<RoundtableDb, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<RoundtableDb>());
    }

    public async Task WithScopeAsync(Func<IServiceProvider, Task> work)
    {
        using var scope = Services.CreateScope();
        await work(scope.ServiceProvider);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Roundtable", Database.ConnectionString);
        builder.UseSetting("App:LoadDemoData", "false");
        builder.UseSetting("App:BaseUrl", "http://localhost");
        builder.UseSetting("SignIn:AttemptsPerWindow", "100000");
        builder.UseSetting("SignIn:LinksPerEmailPerWindow", "100000");
        // The background encoder re-reads after every write; only ContributionMeaningTests need it.
        builder.UseSetting("Themes:EncodeInBackground", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
            // The app checks its migrations against its model as it migrates: about half a second
            // of every app start, and a run starts hundreds. SchemaTests makes the same check once.
            services.ConfigureDbContext<RoundtableDb>(options =>
                options.ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning)));
        });
    }
}
