namespace Roundtable.EndToEndTests;

// Someone who uses a keyboard alone: Tab, typing and Enter, and always able to see where they are.
public sealed class KeyboardTests(BrowserFixture app) : BrowserTest(app)
{
    // True when the focused element shows an outline that can be seen, or a box shadow: the two
    // ways the NHS.UK design system draws its yellow-and-black focus state.
    private const string ShowsFocus = """
        el => {
          const style = getComputedStyle(el);
          const seen = colour => colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(colour);
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && seen(style.outlineColor);
          return outline || style.boxShadow !== 'none';
        }
        """;

    private const string Describe = """el => `${el.tagName.toLowerCase()} "${(el.innerText || el.getAttribute('aria-label') || el.id).trim()}": ${el.outerHTML.slice(0, 160)}`""";

    [Fact]
    public async Task Home_FirstTab_FocusesTheSkipLinkVisibly()
    {
        // Arrange
        await Page.GotoAsync("/");

        // Act
        await Page.Keyboard.PressAsync("Tab");

        // Assert
        var skipLink = Page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" });
        await Assertions.Expect(skipLink).ToBeFocusedAsync();
        await Assertions.Expect(skipLink).ToBeVisibleAsync();
        Assert.True(await skipLink.EvaluateAsync<bool>(ShowsFocus), "The focused skip link shows no outline or box shadow.");
    }

    [Fact]
    public async Task Home_EnterOnSkipLink_MovesFocusToMainContent()
    {
        // Arrange
        await Page.GotoAsync("/");
        await Page.Keyboard.PressAsync("Tab");

        // Act
        await Page.Keyboard.PressAsync("Enter");

        // Assert
        await Assertions.Expect(Page.Locator("#maincontent")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task SignIn_WithKeyboardOnly_SendsTheLink()
    {
        // Arrange
        await Page.GotoAsync("/sign-in");
        var email = Page.GetByLabel("Email address");
        var send = Page.GetByRole(AriaRole.Button, new() { Name = "Send me a link" });

        // Act
        await TabToAsync(email);
        await Page.Keyboard.TypeAsync(DemoPeople.NewEmail());
        await TabToAsync(send);
        await Page.Keyboard.PressAsync("Enter");

        // Assert
        await Page.WaitForURLAsync(SignInSteps.CheckEmailUrl());
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Check your email", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SignIn_TabbingThroughEverything_ShowsWhereFocusIsAtEveryStop()
    {
        // Arrange
        await Page.GotoAsync("/sign-in");
        var stops = new List<string>();
        var unseen = new List<string>();
        var leftThePage = false;

        // Act: Tab until focus goes past the page's last control, to the browser's own
        while (!leftThePage && stops.Count < 40)
        {
            await Page.Keyboard.PressAsync("Tab");
            var focused = Page.Locator(":focus");
            leftThePage = await focused.CountAsync() == 0;
            if (!leftThePage)
            {
                var stop = await focused.EvaluateAsync<string>(Describe);
                stops.Add(stop);
                if (!await focused.EvaluateAsync<bool>(ShowsFocus))
                {
                    unseen.Add(stop);
                }
            }
        }

        // Assert: header, form and footer all take focus, and every one shows it
        Assert.True(leftThePage, $"Focus never left the page after {stops.Count} presses of Tab.");
        Assert.Contains(stops, stop => stop.Contains("Send me a link", StringComparison.Ordinal));
        Assert.True(unseen.Count == 0, $"No visible focus on:{Environment.NewLine}{string.Join(Environment.NewLine, unseen)}");
    }

    private Task TabToAsync(ILocator target) => KeyboardSteps.TabToAsync(Page, target);
}
