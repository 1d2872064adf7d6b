using Roundtable.Core.Communities;
using Xunit.Abstractions;

namespace Roundtable.EndToEndTests;

// Getting a room in on phones: the facilitator opens the room and the console and the projector
// show its code; a member on a phone types it at /join, one mistake first, and is in the room.
// The projector is made for a wall: its own page, large type, nothing wider than the screen.
// The console puts what a facilitator does most near the top of a phone. axe on every state.
[Collection(BrowserCollection.Name)]
public sealed class RoomCodeJourneyTests(BrowserFixture app, ITestOutputHelper output)
{
    // Two screens of a 390 × 844 phone: "Ask a question" must be reached with at most one scroll.
    private const int TwoPhoneScreens = 2 * 844;

    [Fact]
    public async Task A_phone_types_the_room_code_and_is_in_the_room_while_the_wall_shows_the_code()
    {
        var (slug, number, coLead, member) = await CommunityWithASessionNowAsync();
        var room = $"/communities/{slug}/sessions/{number}/room";
        var audit = new AxeAudit();

        await using var facilitatorContext = await app.NewSignedInContextAsync(coLead.Email);
        var console = await facilitatorContext.NewPageAsync();
        await console.GotoAsync(room + "/console");
        await console.GetByRole(AriaRole.Button, new() { Name = "Open the room" }).ClickAsync();
        var code = await console.Locator("#room-code-text").GetAttributeAsync("data-code");
        Assert.Matches("^[2-9A-HJKMNP-Z]{6}$", code);
        await Assertions.Expect(console.Locator("#room-code-qr")).ToBeVisibleAsync();
        await audit.CheckAsync(console);
        await console.GetByRole(AriaRole.Button, new() { Name = "Make a projector link" }).ClickAsync();
        var projectorLink = await console.Locator("#projector-link").GetAttributeAsync("href");

        // The wall: 1280 × 720, read from the back of the room.
        await using var wallContext = await app.NewContextAsync();
        var wall = await wallContext.NewPageAsync();
        await wall.SetViewportSizeAsync(1280, 720);
        await wall.GotoAsync(projectorLink!);
        await Assertions.Expect(wall.Locator("#room-code-text")).ToHaveAttributeAsync("data-code", code!);
        Assert.True(await wall.EvaluateAsync<double>("parseFloat(getComputedStyle(document.body).fontSize)") >= 32, "The projector's body text is under 32px");
        Assert.Equal(0, await wall.Locator("header, footer, .nhsuk-header, .nhsuk-footer").CountAsync());
        Assert.Equal(0, await wall.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).CountAsync());
        Assert.True(await wall.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"), "The projector scrolls sideways");
        await audit.CheckAsync(wall);

        // A phone: /join, a mistyped code, then the code as someone types it.
        await using var phoneContext = await app.NewSignedInContextAsync(member.Email);
        var phone = await phoneContext.NewPageAsync();
        await phone.SetViewportSizeAsync(390, 844);
        await phone.GotoAsync("/join");
        await audit.CheckAsync(phone);
        await phone.GetByLabel("Enter the room code").FillAsync("ZZZ 9ZZ");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Join the room" }).ClickAsync();
        await Assertions.Expect(phone.Locator("#Code-error")).ToContainTextAsync("No open room has this code");
        await Assertions.Expect(phone.GetByLabel("Enter the room code")).ToHaveValueAsync("ZZZ 9ZZ");
        await audit.CheckAsync(phone);
        await phone.GetByLabel("Enter the room code").FillAsync($"{code![..3].ToLowerInvariant()} {code[3..].ToLowerInvariant()}");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Join the room" }).ClickAsync();
        await phone.WaitForURLAsync($"**{room}");
        await Assertions.Expect(phone.Locator("#room")).ToBeVisibleAsync();
        Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"), "The room scrolls sideways on a phone");
        await audit.CheckAsync(phone);

        audit.AssertClean();
    }

    [Fact]
    public async Task On_a_phone_the_console_asks_a_question_near_the_top_and_closes_the_room_last()
    {
        var (slug, number, coLead, _) = await CommunityWithASessionNowAsync();
        await using var context = await app.NewSignedInContextAsync(coLead.Email);
        var console = await context.NewPageAsync();
        await console.SetViewportSizeAsync(390, 844);
        await console.GotoAsync($"/communities/{slug}/sessions/{number}/room/console");
        await console.GetByRole(AriaRole.Button, new() { Name = "Open the room" }).ClickAsync();
        await Assertions.Expect(console.Locator("#room-state")).ToHaveTextAsync("open");

        var ask = await TopAsync(console.Locator("#ask legend").First);
        var close = await TopAsync(console.Locator("#close-room"));
        var shared = await TopAsync(console.Locator("#contributions-heading"));
        output.WriteLine($"At 390 x 844: \"Ask a question\" {ask}px down, what people shared {shared}px, close the room {close}px");

        Assert.True(ask < TwoPhoneScreens, $"\"Ask a question\" is {ask}px down the console; it should be within {TwoPhoneScreens}px");
        Assert.True(ask < shared && shared < close, $"Ask {ask}px, what people shared {shared}px, close the room {close}px: close should be last");
        await AxeAudit.AssertCleanAsync(console);
    }

    private static Task<double> TopAsync(ILocator element) =>
        element.EvaluateAsync<double>("element => element.getBoundingClientRect().top + window.scrollY");

    private async Task<(string Slug, int Number, TestCommunities.Member CoLead, TestCommunities.Member Member)> CommunityWithASessionNowAsync()
    {
        var unique = Guid.NewGuid().ToString("N")[..6];
        var coLead = new TestCommunities.Member("Ffion Rees", $"ffion-{unique}@example.org", CommunityRole.CoLead);
        var member = new TestCommunities.Member("Sam Okafor", $"sam-{unique}@example.org");
        var slug = await TestCommunities.CreateAsync(app.Server, $"Wyebridge Autism Community of Practice {unique}", [coLead, member]);
        return (slug, await TestCommunities.SessionNowAsync(app.Server, slug), coLead, member);
    }
}
