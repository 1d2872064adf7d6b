namespace Roundtable.EndToEndTests.Infrastructure;

// A fresh browser context and tab for each test, on the collection's one app and browser.
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserFixture app, bool javaScriptEnabled = true) : IAsyncLifetime
{
    protected BrowserFixture App { get; } = app;

    protected IBrowserContext Context { get; private set; } = null!;

    protected IPage Page { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Context = await App.NewContextAsync(javaScriptEnabled);
        Page = await Context.NewPageAsync();
    }

    public Task DisposeAsync() => Context.CloseAsync();
}
