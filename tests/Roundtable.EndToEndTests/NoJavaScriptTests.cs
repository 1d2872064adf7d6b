namespace Roundtable.EndToEndTests;

// Every form works without JavaScript: POST, redirect, GET.
[Collection(BrowserCollection.Name)]
public sealed class NoJavaScriptTests(BrowserFixture app) : IAsyncLifetime
{
    private IBrowserContext context = null!;
    private IPage page = null!;

    public async Task InitializeAsync()
    {
        context = await app.NewContextAsync(javaScriptEnabled: false);
        page = await context.NewPageAsync();
    }

    public Task DisposeAsync() => context.CloseAsync();

    [Fact]
    public async Task SignIn_InvalidEmail_ShowsTheErrorSummaryAndKeepsWhatWasTyped()
    {
        // Arrange
        await page.GotoAsync("/sign-in");
        await AssertScriptsDidNotRunAsync();
        var email = page.GetByLabel("Email address");
        await email.FillAsync("not an email");

        // Act
        await page.GetByRole(AriaRole.Button, new() { Name = "Send me a link" }).ClickAsync();

        // Assert
        var summary = page.Locator(".nhsuk-error-summary");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await Assertions.Expect(summary).ToContainTextAsync("Enter an email address in the correct format");
        await Assertions.Expect(email).ToHaveValueAsync("not an email");
    }

    [Fact]
    public async Task SignIn_ThroughTheOutbox_SignsThePersonIn()
    {
        // Arrange
        await page.GotoAsync("/");
        await AssertScriptsDidNotRunAsync();

        // Act
        await SignInSteps.SignInAsync(page, DemoPeople.CoLeadEmail);

        // Assert
        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Account" })).ToContainTextAsync(DemoPeople.CoLeadName);
    }

    [Fact]
    public async Task Settings_CoLeadChangesPurpose_SeesItSavedOnTheCommunityPage()
    {
        // Arrange
        var purpose = $"Changed without JavaScript ({Guid.NewGuid():N}): we meet to learn from each other.";
        await SignInSteps.SignInAsync(page, DemoPeople.CoLeadEmail);
        await page.GotoAsync($"/communities/{DemoPeople.CoLeadCommunitySlug}/settings");
        await AssertScriptsDidNotRunAsync();

        // Act
        await page.GetByLabel("What the community is for").FillAsync(purpose);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save details" }).ClickAsync();

        // Assert
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/communities/{DemoPeople.CoLeadCommunitySlug}");
        await Assertions.Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("The community's details have been saved.");
        await Assertions.Expect(page.Locator(".nhsuk-lede-text")).ToHaveTextAsync(purpose);
    }

    // The layout's first script marks the body; with scripts off it must stay unmarked.
    private async Task AssertScriptsDidNotRunAsync() =>
        await Assertions.Expect(page.Locator("body")).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("js-enabled"));
}
