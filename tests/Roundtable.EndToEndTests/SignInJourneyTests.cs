using System.Text.RegularExpressions;
using Roundtable.Core.DemoData;

namespace Roundtable.EndToEndTests;

[Collection(BrowserCollection.Name)]
public sealed partial class SignInJourneyTests(BrowserFixture app) : IAsyncLifetime
{
    private IBrowserContext context = null!;
    private IPage page = null!;

    public async Task InitializeAsync()
    {
        context = await app.NewContextAsync();
        page = await context.NewPageAsync();
    }

    public Task DisposeAsync() => context.CloseAsync();

    [Fact]
    public async Task SignIn_CoLeadThroughTheOutbox_LandsOnHomeWithTheirCommunities()
    {
        // Arrange
        var audit = new AxeAudit();
        var community = DemoPeople.CoLeadCommunity;
        await page.GotoAsync("/");
        var cards = page.Locator(".rt-community-list .nhsuk-card__link");
        await Assertions.Expect(cards).ToHaveCountAsync(DemoCommunities.All.Count);
        foreach (var demo in DemoCommunities.All)
        {
            await Assertions.Expect(cards.GetByText(demo.Name, new() { Exact = true })).ToBeVisibleAsync();
        }

        await audit.CheckAsync(page);

        // Act
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(SignInUrl());
        await audit.CheckAsync(page);
        await page.GetByLabel("Email address").FillAsync(DemoPeople.CoLeadEmail);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send me a link" }).ClickAsync();
        await page.WaitForURLAsync(SignInSteps.CheckEmailUrl());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your email", Level = 1 })).ToBeVisibleAsync();
        await audit.CheckAsync(page);
        await SignInSteps.OpenOutboxFromCheckEmailAsync(page);
        await SignInSteps.FollowNewestLinkInOutboxAsync(page, DemoPeople.CoLeadEmail, audit);
        await SignInSteps.PressSignInAsync(page);

        // Assert
        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
        await Assertions.Expect(AccountNavigation()).ToContainTextAsync(DemoPeople.CoLeadName);
        await Assertions.Expect(YourCommunities()).ToContainTextAsync(community.Name);
        await audit.CheckAsync(page);
        audit.AssertClean();
    }

    [Fact]
    public async Task SignIn_NewPersonGivesNoName_IsShownTheErrorThenAcceptedWithAName()
    {
        // Arrange
        var audit = new AxeAudit();
        var email = DemoPeople.NewEmail();
        await SignInSteps.AskForLinkAsync(page, email, audit);
        await SignInSteps.OpenOutboxFromCheckEmailAsync(page);
        await SignInSteps.FollowNewestLinkInOutboxAsync(page, email, audit);
        await SignInSteps.PressSignInAsync(page);
        await page.WaitForURLAsync(WelcomeUrl());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome to Roundtable", Level = 1 })).ToBeVisibleAsync();
        await audit.CheckAsync(page);
        var name = page.GetByLabel("What name should we use for you?");
        var formGroup = page.Locator(".nhsuk-form-group").Filter(new() { Has = name });

        // Act: nothing typed
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        // Assert: the summary at the top, the message beside the field
        var summary = page.Locator(".nhsuk-error-summary");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = "Enter the name you would like us to use" })).ToBeVisibleAsync();
        await Assertions.Expect(formGroup.Locator(".nhsuk-error-message")).ToContainTextAsync("Enter the name you would like us to use");
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
        await audit.CheckAsync(page);

        // Act: a name
        await name.FillAsync("Robin Example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        // Assert
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await Assertions.Expect(AccountNavigation()).ToContainTextAsync("Robin Example");
        await audit.CheckAsync(page);
        audit.AssertClean();
    }

    private ILocator AccountNavigation() => page.GetByRole(AriaRole.Navigation, new() { Name = "Account" });

    // The cards listed under the "Your communities" heading.
    private ILocator YourCommunities() => page.Locator("h2:text-is('Your communities') + ul");

    [GeneratedRegex(@"/sign-in$")]
    private static partial Regex SignInUrl();

    [GeneratedRegex(@"/account/name\?.*welcome=true", RegexOptions.IgnoreCase)]
    private static partial Regex WelcomeUrl();
}
