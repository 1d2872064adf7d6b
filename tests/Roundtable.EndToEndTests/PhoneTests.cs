namespace Roundtable.EndToEndTests;

// Pages read on a phone: what the 320 px check in AccessibilityTests cannot say on its own.
[Collection(EveryPageCollection.Name)]
public sealed class PhoneTests(BrowserFixture app) : IAsyncLifetime
{
    private const int PhoneWidth = 390;
    private const int PhoneHeight = 844;

    private IBrowserContext? context;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => context?.CloseAsync() ?? Task.CompletedTask;

    private async Task<IPage> PhoneAsync(string email)
    {
        context = await app.NewSignedInContextAsync(email);
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(PhoneWidth, PhoneHeight);
        return page;
    }

    [Fact]
    public async Task AttendanceChart_OnAPhone_KeepsItsTextLegibleAndPlotsRetention()
    {
        // Arrange
        var page = await PhoneAsync(DemoPeople.MemberEmail);

        // Act
        await page.GotoAsync($"/communities/{DemoPeople.CoLeadCommunitySlug}/attendance");

        // Assert: the smallest text, as drawn after the chart is scaled to the screen
        var chart = page.Locator("#attendance-chart svg");
        await Assertions.Expect(chart).ToBeVisibleAsync();
        var smallest = await chart.EvaluateAsync<double>("""
            svg => {
              const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
              return Math.min(...[...svg.querySelectorAll('text')].map(t => scale * parseFloat(getComputedStyle(t).fontSize)));
            }
            """);
        Assert.True(smallest >= 12, $"The chart's smallest text is {smallest:0.0} px on a {PhoneWidth} px phone.");
        Assert.True(await page.Locator("#attendance-chart .rt-attendance-chart__retention circle").CountAsync() >= 2);
    }

    [Fact]
    public async Task AttendanceTable_OnAPhone_ShowsEveryColumnOfEveryRowOnTheScreen()
    {
        // Arrange
        var page = await PhoneAsync(DemoPeople.MemberEmail);

        // Act
        await page.GotoAsync($"/communities/{DemoPeople.CoLeadCommunitySlug}/attendance");

        // Assert: every cell is drawn, whole, between the screen's edges, and nothing holding the
        // table scrolls or clips it
        var table = page.Locator("#attendance-table");
        await Assertions.Expect(table).ToBeVisibleAsync();
        var problems = await table.EvaluateAsync<string[]>("""
            table => {
              const width = document.documentElement.clientWidth;
              const cells = [...table.querySelectorAll('tbody th, tbody td')];
              const outside = cells.filter(c => { const r = c.getBoundingClientRect(); return r.width === 0 || r.left < 0 || r.right > width + 0.5; })
                .map(c => `cell '${c.textContent.trim()}' is not on the screen`);
              const clipping = [];
              for (let e = table; e && e !== document.body; e = e.parentElement) {
                if (getComputedStyle(e).overflowX !== 'visible' && e.scrollWidth > e.clientWidth + 1) clipping.push(`${e.tagName.toLowerCase()}.${e.className} is ${e.scrollWidth}px wide in ${e.clientWidth}px`);
              }
              return [...outside, ...clipping];
            }
            """);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task YourPlace_OnAPhone_IsAShortSummaryWithHowYouAreNamedAmongTheFirstTabStops()
    {
        // Arrange
        var page = await PhoneAsync(DemoPeople.CoLeadEmail);

        // Act
        await page.GotoAsync($"/communities/{DemoPeople.CoLeadCommunitySlug}/me");

        // Assert: it was 5,264 px tall, with the naming choice at Tab stop 25
        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        Assert.True(height <= 2600, $"Your place is {height} px tall on a {PhoneWidth} px phone.");
        var change = page.GetByRole(AriaRole.Link, new() { Name = "Change how others see you" });
        await KeyboardSteps.TabToAsync(page, change, patience: 12);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "How you are named", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task YourPlace_ChangingHowYouAreNamed_ReturnsToTheSummaryWithABanner()
    {
        // Arrange
        var page = await PhoneAsync(DemoPeople.CoLeadEmail);
        await page.GotoAsync($"/communities/{DemoPeople.CoLeadCommunitySlug}/me/how-you-are-named");
        var chosen = await page.Locator("input[name='Input.Naming']:checked").GetAttributeAsync("value");

        // Act: saving the choice as it stands changes nothing for the other tests
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        // Assert
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Your place in "), Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Your details for this community have been saved.");
        Assert.NotNull(chosen);
        await AxeAudit.AssertCleanAsync(page);
    }
}
