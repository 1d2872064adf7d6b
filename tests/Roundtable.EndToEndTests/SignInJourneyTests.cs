using System.Text.RegularExpressions;
using Roundtable.Core.DemoData;

namespace Roundtable.EndToEndTests;

public sealed partial class SignInJourneyTests(BrowserFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task SignIn_CoLeadThroughTheOutbox_LandsOnHomeWithTheirCommunities()
    {
        // Arrange
        var audit = new AxeAudit();
        var community = DemoPeople.CoLeadCommunity;
        await Page.GotoAsync("/");
        // Other journeys in this run may have started communities of their own: look for the
        // demo ones, not for a count.
        var cards = Page.Locator(".rt-community-list .nhsuk-card__link");
        foreach (var demo in DemoCommunities.All)
        {
            await Assertions.Expect(cards.GetByText(demo.Name, new() { Exact = true })).ToBeVisibleAsync();
        }

        await audit.CheckAsync(Page);

        // Act
        await Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Page.WaitForURLAsync(SignInUrl());
        await audit.CheckAsync(Page);
        await Page.GetByLabel("Email address").FillAsync(DemoPeople.CoLeadEmail);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send me a link" }).ClickAsync();
        await Page.WaitForURLAsync(SignInSteps.CheckEmailUrl());
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Check your email", Level = 1 })).ToBeVisibleAsync();
        await audit.CheckAsync(Page);
        await SignInSteps.OpenOutboxFromCheckEmailAsync(Page);
        await SignInSteps.FollowNewestLinkInOutboxAsync(Page, DemoPeople.CoLeadEmail, audit);
        await SignInSteps.PressSignInAsync(Page);

        // Assert
        Assert.Equal("/", new Uri(Page.Url).AbsolutePath);
        await Assertions.Expect(AccountNavigation()).ToContainTextAsync(DemoPeople.CoLeadName);
        await Assertions.Expect(YourCommunities()).ToContainTextAsync(community.Name);
        await audit.CheckAsync(Page);
        audit.AssertClean();
    }

    [Fact]
    public async Task SignIn_StayingSignedInThenSigningOutOfEveryDevice_KeepsACookieThenEndsIt()
    {
        // Arrange: someone new, so no other test's signed-in browser is signed out with them
        var audit = new AxeAudit();
        var email = DemoPeople.NewEmail();
        await SignInSteps.NewestLinkAsync(Page, email);
        var stay = Page.GetByLabel("Stay signed in on this device");
        await Assertions.Expect(stay).Not.ToBeCheckedAsync();
        await stay.CheckAsync();
        await SignInSteps.PressSignInAsync(Page);
        await Page.GetByLabel("What name should we use for you?").FillAsync("Robin Staywell");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        var cookie = (await Page.Context.CookiesAsync()).Single(c => c.Name == "roundtable.session");
        await Page.GotoAsync("/account");
        await audit.CheckAsync(Page);

        // Act
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out of every device" }).ClickAsync();

        // Assert
        Assert.True(cookie.Expires > DateTimeOffset.UtcNow.AddDays(80).ToUnixTimeSeconds(), $"The cookie expires at {cookie.Expires}");
        await Assertions.Expect(Page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("You have signed out on every device, including this one.");
        await audit.CheckAsync(Page);
        await Page.GotoAsync("/account");
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/sign-in");
        audit.AssertClean();
    }

    [Fact]
    public async Task SignIn_NewPersonGivesNoName_IsShownTheErrorThenAcceptedWithAName()
    {
        // Arrange
        var audit = new AxeAudit();
        var email = DemoPeople.NewEmail();
        await SignInSteps.AskForLinkAsync(Page, email, audit);
        await SignInSteps.OpenOutboxFromCheckEmailAsync(Page);
        await SignInSteps.FollowNewestLinkInOutboxAsync(Page, email, audit);
        await SignInSteps.PressSignInAsync(Page);
        await Page.WaitForURLAsync(WelcomeUrl());
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Welcome to Roundtable", Level = 1 })).ToBeVisibleAsync();
        await audit.CheckAsync(Page);
        var name = Page.GetByLabel("What name should we use for you?");
        var formGroup = Page.Locator(".nhsuk-form-group").Filter(new() { Has = name });

        // Act: nothing typed
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        // Assert: the summary at the top, the message beside the field
        var summary = Page.Locator(".nhsuk-error-summary");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = "Enter the name you would like us to use" })).ToBeVisibleAsync();
        await Assertions.Expect(formGroup.Locator(".nhsuk-error-message")).ToContainTextAsync("Enter the name you would like us to use");
        await Assertions.Expect(Page).ToHaveTitleAsync(new Regex("^Error: "));
        await audit.CheckAsync(Page);

        // Act: a name
        await name.FillAsync("Robin Example");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        // Assert
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await Assertions.Expect(AccountNavigation()).ToContainTextAsync("Robin Example");
        await audit.CheckAsync(Page);
        audit.AssertClean();
    }

    private ILocator AccountNavigation() => Page.GetByRole(AriaRole.Navigation, new() { Name = "Account" });

    // The cards listed under the "Your communities" heading.
    private ILocator YourCommunities() => Page.Locator("h2:text-is('Your communities') + ul");

    [GeneratedRegex(@"/sign-in$")]
    private static partial Regex SignInUrl();

    [GeneratedRegex(@"/account/name\?.*welcome=true", RegexOptions.IgnoreCase)]
    private static partial Regex WelcomeUrl();
}
