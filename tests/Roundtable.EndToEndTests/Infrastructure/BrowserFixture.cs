namespace Roundtable.EndToEndTests.Infrastructure;

// One app and one Chromium for every browser test; each test gets its own browser context,
// so nobody's cookies carry over from one test to the next.
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private RoundtableServer? server;
    private IPlaywright? playwright;
    private IBrowser? browser;
    private readonly SemaphoreSlim signingInLock = new(1, 1);
    private readonly Dictionary<string, string> signedIn = new(StringComparer.Ordinal);

    public RoundtableServer Server => server ?? throw new InvalidOperationException("The app has not started.");

    public Uri BaseUrl => Server.BaseUrl;

    public async Task InitializeAsync()
    {
        server = RoundtableServer.Start();
        // A page under a full test run on two cores can take longer than Playwright's 5 s default.
        Assertions.SetDefaultExpectTimeout(10_000);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("ROUNDTABLE_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task<IBrowserContext> NewContextAsync(bool javaScriptEnabled = true, string? storageState = null)
    {
        var context = await browser!.NewContextAsync(new()
        {
            BaseURL = BaseUrl.GetLeftPart(UriPartial.Authority),
            JavaScriptEnabled = javaScriptEnabled,
            Locale = "en-GB",
            TimezoneId = "Europe/London",
            StorageState = storageState,
        });
        context.SetDefaultTimeout(10_000);
        return context;
    }

    // The site admin, signed in once through the outbox; later tests start from their cookies.
    public Task<IBrowserContext> NewSiteAdminContextAsync() => NewSignedInContextAsync(DemoPeople.SiteAdminEmail);

    // Anyone, signed in once through the outbox; later tests start from their cookies.
    public async Task<IBrowserContext> NewSignedInContextAsync(string email, bool javaScriptEnabled = true)
    {
        await signingInLock.WaitAsync();
        try
        {
            if (!signedIn.TryGetValue(email, out var storageState))
            {
                await using var signingIn = await NewContextAsync();
                var page = await signingIn.NewPageAsync();
                await SignInSteps.SignInAsync(page, email);
                storageState = await signingIn.StorageStateAsync();
                signedIn[email] = storageState;
            }

            return await NewContextAsync(javaScriptEnabled, storageState);
        }
        finally
        {
            signingInLock.Release();
        }
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        signingInLock.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}

// The journeys, each going through the app as people would, one after another on one app.
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

// Every page checked on its own: a second app and Chromium, so that it runs beside the journeys
// rather than after them, and neither sees what the other changed.
[CollectionDefinition(Name)]
public sealed class EveryPageCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser: every page";
}
