using System.Text.RegularExpressions;

namespace Roundtable.EndToEndTests;

// The journey the communities-and-people work is judged by: a co-lead starts a community,
// takes its charter to version 2 and invites someone through the outbox; the newcomer joins,
// says who they are (two identities, first name only), and the directory shows them that way.
// axe checks every page on the way, and the whole journey runs again with JavaScript off.
public sealed partial class CommunityJourneyTests(BrowserFixture app) : BrowserTest(app)
{
    [Fact]
    public Task Journey_WithJavaScript_WorksAndEveryPageIsAccessible() => CommunityJourney.RunAsync(App, Context, new AxeAudit());
}

public sealed class CommunityJourneyWithoutJavaScriptTests(BrowserFixture app) : BrowserTest(app, javaScriptEnabled: false)
{
    [Fact]
    public Task Journey_WithoutJavaScript_Works() => CommunityJourney.RunAsync(App, Context, audit: null);
}

public static partial class CommunityJourney
{
    // A demo co-lead, so already trusted to start a community.
    private const string CoLeadEmail = "alan.brindley@example.org";

    public static async Task RunAsync(BrowserFixture app, IBrowserContext coLeadContext, AxeAudit? audit)
    {
        var unique = Guid.NewGuid().ToString("N")[..6];
        var name = $"Riverbend Autism Community of Practice {unique}";
        var inviteeEmail = $"morgan-{unique}@example.org";
        var coLead = await coLeadContext.NewPageAsync();
        await SignInSteps.SignInAsync(coLead, CoLeadEmail);

        // A co-lead starts a community.
        await coLead.GotoAsync("/");
        // A link drawn as a button, so it has the button role.
        await coLead.GetByRole(AriaRole.Button, new() { Name = "Start a community" }).ClickAsync();
        await coLead.WaitForURLAsync(new Regex("/communities/new$"));
        await CheckAsync(audit, coLead);
        await coLead.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await coLead.GetByLabel("What the community is for").FillAsync("Autistic adults, families and staff in Riverbend learning from each other.");
        await coLead.GetByLabel("Area it covers").FillAsync("Riverbend");
        await coLead.GetByRole(AriaRole.Button, new() { Name = "Start the community" }).ClickAsync();
        await Assertions.Expect(coLead.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(coLead.Locator(".nhsuk-notification-banner")).ToContainTextAsync("you are its first co-lead");
        var communityPath = new Uri(coLead.Url).AbsolutePath;
        await CheckAsync(audit, coLead);

        // …edits the charter to version 2.
        await coLead.GetByRole(AriaRole.Link, new() { Name = "Read our charter" }).ClickAsync();
        await coLead.WaitForURLAsync(new Regex("/charter$"));
        await CheckAsync(audit, coLead);
        await coLead.GotoAsync($"{communityPath}/charter/sections/who-we-are/edit");
        await CheckAsync(audit, coLead);
        await coLead.GetByLabel("The text of this section").FillAsync(
            "Autistic adults, their families and carers, and staff from health, social care and education in Riverbend.\n\n" +
            "Reaching autistic people from black and brown communities is a priority.");
        await coLead.GetByLabel("What did you change?").FillAsync("Said who we are, in our own words");
        await coLead.GetByRole(AriaRole.Button, new() { Name = "Save this section" }).ClickAsync();
        // Back to the charter, at the section just saved.
        await coLead.WaitForURLAsync(new Regex("/charter#section-who-we-are$"));
        await Assertions.Expect(coLead.Locator("main")).ToContainTextAsync("Version 2");
        await Assertions.Expect(coLead.Locator("main")).ToContainTextAsync("black and brown communities");
        await CheckAsync(audit, coLead);

        // …and invites someone.
        await coLead.GotoAsync(communityPath);
        await coLead.GetByRole(AriaRole.Link, new() { Name = "Invite someone" }).ClickAsync();
        await CheckAsync(audit, coLead);
        await coLead.GetByLabel("Their email address").FillAsync(inviteeEmail);
        await coLead.GetByLabel("Member", new() { Exact = true }).CheckAsync();
        await coLead.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Assertions.Expect(coLead.Locator(".nhsuk-notification-banner")).ToContainTextAsync($"Invitation sent to {inviteeEmail}");
        await CheckAsync(audit, coLead);

        // The newcomer opens the invitation from the outbox, signs in, and joins.
        var newcomerContext = await app.NewContextAsync(javaScriptEnabled: audit is not null);
        var newcomer = await newcomerContext.NewPageAsync();
        await newcomer.GotoAsync("/admin/outbox");
        await SignInSteps.FollowNewestEmailLinkAsync(newcomer, inviteeEmail, InvitationUrl(), audit);
        await CheckAsync(audit, newcomer);
        await newcomer.GetByRole(AriaRole.Button, new() { Name = "Send me a sign-in link" }).ClickAsync();
        await newcomer.WaitForURLAsync(SignInSteps.CheckEmailUrl());
        await SignInSteps.OpenOutboxFromCheckEmailAsync(newcomer);
        await SignInSteps.FollowNewestLinkInOutboxAsync(newcomer, inviteeEmail, audit);
        await SignInSteps.PressSignInAsync(newcomer);
        // Someone new is asked their name first, then taken back to the invitation.
        await Assertions.Expect(newcomer.GetByRole(AriaRole.Heading, new() { Name = "Welcome to Roundtable", Level = 1 })).ToBeVisibleAsync();
        await CheckAsync(audit, newcomer);
        await newcomer.GetByLabel("What name should we use for you?").FillAsync("Morgan Ashdown");
        await newcomer.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await newcomer.WaitForURLAsync(InvitationUrl());
        await CheckAsync(audit, newcomer);
        await newcomer.GetByRole(AriaRole.Button, new() { Name = "Accept invitation" }).ClickAsync();
        await newcomer.WaitForURLAsync(new Regex("/me\\?welcome=true$", RegexOptions.IgnoreCase));
        await CheckAsync(audit, newcomer);

        // …picks two identities, "first name only" and what they offer, each part from the summary.
        async Task ChangeAsync(string part, Func<Task> fill)
        {
            await newcomer.GetByRole(AriaRole.Link, new() { Name = $"Change {part}" }).ClickAsync();
            await fill();
            await newcomer.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
            await Assertions.Expect(newcomer.Locator(".nhsuk-notification-banner")).ToBeVisibleAsync();
        }

        await ChangeAsync("who you are", async () =>
        {
            await newcomer.GetByLabel("Autistic person", new() { Exact = true }).CheckAsync();
            await newcomer.GetByLabel("Staff: education", new() { Exact = true }).CheckAsync();
        });
        await ChangeAsync("how others see you", () => newcomer.GetByLabel("By my first name only").CheckAsync());
        await ChangeAsync("what you offer and look for", () => newcomer.GetByLabel("What you can offer (optional)").FillAsync("Visual timetables that work"));
        await Assertions.Expect(newcomer.Locator("#row-who-you-are dd").First).ToContainTextAsync("Autistic person");
        await Assertions.Expect(newcomer.Locator("#row-who-you-are dd").First).ToContainTextAsync("Staff: education");
        await Assertions.Expect(newcomer.Locator("#row-how-you-are-named dd").First).ToContainTextAsync("Morgan (by your first name only)");
        await CheckAsync(audit, newcomer);

        // The directory shows them only as they chose.
        await newcomer.GotoAsync($"{communityPath}/people");
        var directory = newcomer.Locator("main");
        await Assertions.Expect(directory).ToContainTextAsync("Morgan");
        await Assertions.Expect(directory).ToContainTextAsync("Visual timetables that work");
        await Assertions.Expect(directory).Not.ToContainTextAsync("Ashdown");
        await Assertions.Expect(directory).Not.ToContainTextAsync(inviteeEmail);
        await CheckAsync(audit, newcomer);

        await newcomerContext.CloseAsync();
        audit?.AssertClean();
    }

    private static Task CheckAsync(AxeAudit? audit, IPage page) => audit?.CheckAsync(page) ?? Task.CompletedTask;

    [GeneratedRegex("/invitations/[^/?]+$")]
    private static partial Regex InvitationUrl();
}
