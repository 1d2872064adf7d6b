namespace Roundtable.EndToEndTests;

// Every form works without JavaScript: POST, redirect, GET.
public sealed class NoJavaScriptTests(BrowserFixture app) : BrowserTest(app, javaScriptEnabled: false)
{
    [Fact]
    public async Task SignIn_InvalidEmail_ShowsTheErrorSummaryAndKeepsWhatWasTyped()
    {
        // Arrange
        await Page.GotoAsync("/sign-in");
        await AssertScriptsDidNotRunAsync();
        var email = Page.GetByLabel("Email address");
        await email.FillAsync("not an email");

        // Act
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send me a link" }).ClickAsync();

        // Assert
        var summary = Page.Locator(".nhsuk-error-summary");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await Assertions.Expect(summary).ToContainTextAsync("Enter an email address in the correct format");
        await Assertions.Expect(email).ToHaveValueAsync("not an email");
    }

    [Fact]
    public async Task Home_EnterOnSkipLink_MovesFocusToMainContent()
    {
        // Arrange
        await Page.GotoAsync("/");
        await AssertScriptsDidNotRunAsync();
        await Page.Keyboard.PressAsync("Tab");

        // Act
        await Page.Keyboard.PressAsync("Enter");

        // Assert
        await Assertions.Expect(Page.Locator("#maincontent")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task SignIn_ThroughTheOutbox_SignsThePersonIn()
    {
        // Arrange
        await Page.GotoAsync("/");
        await AssertScriptsDidNotRunAsync();

        // Act
        await SignInSteps.SignInAsync(Page, DemoPeople.CoLeadEmail);

        // Assert
        Assert.Equal("/", new Uri(Page.Url).AbsolutePath);
        await Assertions.Expect(Page.GetByRole(AriaRole.Navigation, new() { Name = "Account" })).ToContainTextAsync(DemoPeople.CoLeadName);
    }

    [Fact]
    public async Task Settings_CoLeadChangesPurpose_SeesItSavedOnTheCommunityPage()
    {
        // Arrange
        var purpose = $"Changed without JavaScript ({Guid.NewGuid():N}): we meet to learn from each other.";
        await SignInSteps.SignInAsync(Page, DemoPeople.CoLeadEmail);
        await Page.GotoAsync($"/communities/{DemoPeople.CoLeadCommunitySlug}/settings");
        await AssertScriptsDidNotRunAsync();

        // Act
        await Page.GetByLabel("What the community is for").FillAsync(purpose);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save details" }).ClickAsync();

        // Assert
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/communities/{DemoPeople.CoLeadCommunitySlug}");
        await Assertions.Expect(Page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("The community's details have been saved.");
        await Assertions.Expect(Page.Locator(".nhsuk-lede-text")).ToHaveTextAsync(purpose);
    }

    [Fact]
    public async Task EmbeddingsService_CoLeadTurnsItOnThenOff_SeesEachSaid()
    {
        // Arrange
        var path = $"/communities/{DemoPeople.CoLeadCommunitySlug}/themes/embeddings-service";
        await SignInSteps.SignInAsync(Page, DemoPeople.CoLeadEmail);
        await Page.GotoAsync(path);
        await AssertScriptsDidNotRunAsync();
        await Assertions.Expect(Page.Locator("#statement")).ToContainTextAsync("are sent to the Trust's data team at 127.0.0.1:9");

        // Act
        await Page.GetByRole(AriaRole.Button, new() { Name = "Turn it on" }).ClickAsync();
        await Assertions.Expect(Page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("now suggested with the Trust's data team's service");
        await Assertions.Expect(Page.Locator("#state")).ToContainTextAsync("This is on.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Turn it off" }).ClickAsync();

        // Assert
        Assert.Equal(path, new Uri(Page.Url).AbsolutePath);
        await Assertions.Expect(Page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("suggested by Roundtable's own engine");
        await Assertions.Expect(Page.Locator("#state")).ToHaveTextAsync("This is off: nothing is sent anywhere.");
    }

    // The layout's first script marks the body; with scripts off it must stay unmarked.
    private async Task AssertScriptsDidNotRunAsync() =>
        await Assertions.Expect(Page.Locator("body")).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("js-enabled"));
}
