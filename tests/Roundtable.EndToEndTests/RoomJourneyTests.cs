using Roundtable.Core.Communities;

namespace Roundtable.EndToEndTests;

// The live room as the issue judges it: a facilitator runs a session from the console, a member
// answers on a phone, the projector shows the room. The facilitator asks a scaling question with
// "good enough"; the member's answer reaches the console and the projector's histogram without
// anyone reloading. Then the member's phone loses signal: while it is away the facilitator
// records what someone said aloud (he never types) and the member writes something; when the
// signal is back the phone shows what it missed and sends what was written. axe on all three.
[Collection(BrowserCollection.Name)]
public sealed class RoomJourneyTests(BrowserFixture app)
{
    private static readonly PageWaitForSelectorOptions Visible = new() { Timeout = 15_000 };

    [Fact]
    public async Task Facilitator_participant_and_projector_share_a_live_room_and_a_dropped_phone_loses_nothing()
    {
        var unique = Guid.NewGuid().ToString("N")[..6];
        var ffion = new TestCommunities.Member("Ffion Rees", $"ffion-{unique}@example.org", CommunityRole.CoLead);
        var sam = new TestCommunities.Member("Sam Okafor", $"sam-{unique}@example.org");
        var lou = new TestCommunities.Member("Lou Garner", $"lou-{unique}@example.org");
        var slug = await TestCommunities.CreateAsync(app.Server, $"Wyebridge Autism Community of Practice {unique}", [ffion, sam, lou]);
        var number = await TestCommunities.SessionNowAsync(app.Server, slug);
        var room = $"/communities/{slug}/sessions/{number}/room";
        var audit = new AxeAudit();

        // The facilitator opens the room and makes a link for the projector.
        await using var facilitatorContext = await app.NewSignedInContextAsync(ffion.Email);
        var console = await facilitatorContext.NewPageAsync();
        await console.GotoAsync(room + "/console");
        await console.GetByRole(AriaRole.Button, new() { Name = "Open the room" }).ClickAsync();
        await Assertions.Expect(console.Locator("#room-state")).ToHaveTextAsync("open");
        await console.GetByRole(AriaRole.Button, new() { Name = "Make a projector link" }).ClickAsync();
        var projectorLink = await console.Locator("#projector-link").GetAttributeAsync("href");
        Assert.NotNull(projectorLink);
        await console.GotoAsync(room + "/console");
        await LiveAsync(console, "#console");
        await audit.CheckAsync(console);

        await using var projectorContext = await app.NewContextAsync();
        var projector = await projectorContext.NewPageAsync();
        await projector.GotoAsync(projectorLink);
        await LiveAsync(projector, "#projector");
        await audit.CheckAsync(projector);

        await using var phoneContext = await app.NewSignedInContextAsync(sam.Email);
        var phone = await phoneContext.NewPageAsync();
        // The phone's own clock, running as any clock does until the phone is put away (below).
        await phone.Clock.InstallAsync();
        await phone.SetViewportSizeAsync(390, 844);
        await phone.GotoAsync(room);
        await LiveAsync(phone, "#room");
        await audit.CheckAsync(phone);

        // A scaling question, with "what would be good enough?".
        await console.GetByLabel("A scaling question, 1 to 10").CheckAsync();
        await console.GetByLabel("For a scaling question: also ask what would be good enough").CheckAsync();
        await console.GetByRole(AriaRole.Button, new() { Name = "Ask the room" }).ClickAsync();
        await LiveAsync(console, "#console");

        // It reaches the phone without a reload; the member answers 7, and 8 would be good enough.
        var question = phone.Locator("#prompts > section[data-prompt-kind='Scaling']");
        await Assertions.Expect(question).ToBeVisibleAsync(new() { Timeout = 15_000 });
        var promptId = await question.GetAttributeAsync("data-prompt-id");
        await question.GetByRole(AriaRole.Group, new() { Name = "Your number, from 1 to 10" }).GetByLabel("7", new() { Exact = true }).CheckAsync();
        await question.GetByRole(AriaRole.Group, new() { Name = "What number would be good enough? (optional)" }).GetByLabel("8", new() { Exact = true }).CheckAsync();
        await question.GetByRole(AriaRole.Button, new() { Name = "Send my answer" }).ClickAsync();
        await Assertions.Expect(question.Locator("details + [data-sent]")).ToHaveTextAsync("Thank you. Your contribution is in the room.");
        // Answered once: the question says the number and keeps its form behind "Change your answer".
        await Assertions.Expect(question.Locator("[data-answered]")).ToHaveTextAsync("You answered 7.");
        await Assertions.Expect(question.GetByRole(AriaRole.Button, new() { Name = "Change my answer" })).ToBeHiddenAsync();
        await Assertions.Expect(phone.Locator("#contribution-list li[data-kind='Scale'] [data-scale='7']")).ToBeVisibleAsync();
        await Assertions.Expect(phone.Locator("#contribution-list li[data-kind='Scale'] [data-yours]")).ToBeVisibleAsync();
        Assert.Equal(room, new Uri(phone.Url).AbsolutePath);

        // The projector's histogram and the console follow.
        var histogram = projector.Locator($"#scale-{promptId}");
        await Assertions.Expect(histogram).ToHaveAttributeAsync("data-median", "7", new() { Timeout = 15_000 });
        await Assertions.Expect(histogram).ToHaveAttributeAsync("data-good-enough", "8");
        await Assertions.Expect(projector.Locator($"#scale-{promptId}-table tr[data-number='7'] [data-count]")).ToHaveTextAsync("1");
        await Assertions.Expect(console.Locator("#contribution-list [data-scale='7']")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await audit.CheckAsync(projector);

        // The phone loses signal. Its client notices when the server has been silent for its
        // 30-second server timeout: the phone's clock jumps past that, as a phone's does when it
        // comes out of a pocket, rather than the test waiting it out.
        await phoneContext.SetOfflineAsync(true);
        await phone.Clock.FastForwardAsync("00:31");
        await Assertions.Expect(phone.Locator("#room")).ToHaveAttributeAsync("data-connected", "false", new() { Timeout = 15_000 });

        // Meanwhile Lou speaks, and the facilitator records it with his name.
        await console.GetByLabel("What they said").FillAsync("The waiting room lights were too bright for me.");
        await console.GetByLabel("Who said it").SelectOptionAsync(new SelectOptionValue { Label = lou.Name });
        await console.GetByRole(AriaRole.Button, new() { Name = "Record it" }).ClickAsync();
        await Assertions.Expect(console.Locator("#contribution-list li[data-kind='Spoken']")).ToContainTextAsync(lou.Name);

        // ... and the member writes something with no signal.
        var general = phone.Locator("#answer-general");
        await general.GetByLabel("What would you like to share?").FillAsync("A quiet corner would help me too.");
        await general.GetByRole(AriaRole.Button, new() { Name = "Share" }).ClickAsync();
        var generalSaid = phone.Locator("#answer-general + [data-sent]");
        await Assertions.Expect(generalSaid).ToHaveTextAsync("You are offline just now. What you wrote is kept, and is sent when the connection is back.");

        // Signal back: what was missed appears, and what was written is sent, once.
        await phoneContext.SetOfflineAsync(false);
        var spoken = phone.Locator("#contribution-list li[data-kind='Spoken']");
        await Assertions.Expect(spoken).ToContainTextAsync($"{lou.Name}, said aloud", new() { Timeout = 30_000 });
        await Assertions.Expect(generalSaid).ToHaveTextAsync("Thank you. Your contribution is in the room.", new() { Timeout = 15_000 });
        await Assertions.Expect(console.Locator("#contribution-list [data-text]", new() { HasText = "A quiet corner would help me too." }))
            .ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await Assertions.Expect(phone.Locator("#contribution-list [data-text]", new() { HasText = "A quiet corner would help me too." })).ToHaveCountAsync(1);
        Assert.Equal(room, new Uri(phone.Url).AbsolutePath);

        await audit.CheckAsync(phone);
        await audit.CheckAsync(console);
        await audit.CheckAsync(projector);
        audit.AssertClean();
    }

    [Fact]
    public async Task Guest_without_JavaScript_joins_by_link_and_shares_through_the_plain_form()
    {
        var unique = Guid.NewGuid().ToString("N")[..6];
        var ffion = new TestCommunities.Member("Ffion Rees", $"ffion-{unique}@example.org", CommunityRole.CoLead);
        var slug = await TestCommunities.CreateAsync(app.Server, $"Wyebridge Carers Community of Practice {unique}", [ffion]);
        var room = $"/communities/{slug}/sessions/{await TestCommunities.SessionNowAsync(app.Server, slug)}/room";
        var audit = new AxeAudit();

        await using var facilitatorContext = await app.NewSignedInContextAsync(ffion.Email);
        var console = await facilitatorContext.NewPageAsync();
        await console.GotoAsync(room + "/console");
        await console.GetByRole(AriaRole.Button, new() { Name = "Open the room" }).ClickAsync();
        await console.GetByRole(AriaRole.Button, new() { Name = "Make a join link for guests" }).ClickAsync();
        var joinLink = await console.Locator("#join-link").GetAttributeAsync("href");
        Assert.NotNull(joinLink);
        await audit.CheckAsync(console);

        await using var guestContext = await app.NewContextAsync(javaScriptEnabled: false);
        var guest = await guestContext.NewPageAsync();
        await guest.GotoAsync(joinLink);
        await guest.GetByLabel("Your name (optional)").FillAsync("Pat, a carer");
        await guest.GetByRole(AriaRole.Button, new() { Name = "Join the room" }).ClickAsync();
        await Assertions.Expect(guest.Locator("h1")).ToHaveTextAsync("The live room");

        // Sent empty: the message is next to the field; then sent properly.
        var general = guest.Locator("#answer-general");
        await general.GetByRole(AriaRole.Button, new() { Name = "Share" }).ClickAsync();
        await Assertions.Expect(guest.Locator(".nhsuk-error-message").First).ToBeVisibleAsync();
        await guest.GetByLabel("What would you like to share?").FillAsync("My son's appointments keep moving.");
        await guest.Locator("#answer-general").GetByRole(AriaRole.Button, new() { Name = "Share" }).ClickAsync();
        var shared = guest.Locator("#contribution-list li", new() { HasText = "My son's appointments keep moving." });
        await Assertions.Expect(shared).ToContainTextAsync("Pat, a carer");
        await Assertions.Expect(shared.Locator("[data-yours]")).ToBeVisibleAsync();

        // The console, live, shows it without a reload.
        await LiveAsync(console, "#console");
        await Assertions.Expect(console.Locator("#contribution-list li", new() { HasText = "My son's appointments keep moving." }))
            .ToHaveCountAsync(1, new() { Timeout = 15_000 });

        // A second guest, with JavaScript (axe needs it): the join page and the room, live.
        await using var secondContext = await app.NewContextAsync();
        var second = await secondContext.NewPageAsync();
        await second.GotoAsync(joinLink);
        await audit.CheckAsync(second);
        await second.GetByRole(AriaRole.Button, new() { Name = "Join the room" }).ClickAsync();
        await LiveAsync(second, "#room");
        await Assertions.Expect(second.Locator("#contribution-list li", new() { HasText = "My son's appointments keep moving." })).ToHaveCountAsync(1);
        await audit.CheckAsync(second);
        audit.AssertClean();
    }

    private static async Task LiveAsync(IPage page, string selector) =>
        await page.WaitForSelectorAsync($"{selector}[data-connected='true']", Visible);
}
