using System.Text;
using System.Text.RegularExpressions;
using Roundtable.Core.DemoData;

namespace Roundtable.EndToEndTests;

// axe on every page of the app, each in the state a person would meet it in: most as the
// site admin, who can reach them all; the sign-in pages as someone not signed in. Each state is
// also narrowed to a 320 px phone, where nothing may make the page scroll sideways.
[Collection(EveryPageCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture app) : IAsyncLifetime
{
    private IBrowserContext? context;

    public static TheoryData<string, int, string> SiteAdminPages()
    {
        var pages = new TheoryData<string, int, string>
        {
            { "/", 200, "Communities of practice" },
            { $"/communities/{DemoPeople.CoLeadCommunitySlug}/settings", 200, "Change the community's details" },
            { "/account", 200, "Your account" },
            { "/account/name", 200, "What name should we use for you?" },
            { "/admin", 200, "Site admin" },
            { "/admin/outbox", 200, "Outbox" },
            { "/account/calendar", 200, "Your sessions in your calendar" },
            { "/sign-out", 200, "Sign out" },
        { "/glossary", 200, "Words we use" },
            { "/accessibility", 200, "Accessibility statement" },
            { "/privacy", 200, "Privacy and cookies" },
            { "/no-such-page", 404, "Page not found" },
            { "/email-list/confirm/not-a-real-token", 404, "This confirmation link does not work" },
            { "/unsubscribe/not-a-real-token", 404, "This unsubscribe link does not work" },
        };
        foreach (var community in DemoCommunities.All)
        {
            pages.Add($"/communities/{community.Slug}", 200, community.Name);
        }

        return pages;
    }

    // Every page inside a community, as a co-lead who is also in its lived-expert group sees it.
    public static TheoryData<string> CoLeadPages()
    {
        var community = $"/communities/{DemoPeople.CoLeadCommunitySlug}";
        var (next, last) = (DemoPeople.NextSession, DemoPeople.LastSession);
        return new TheoryData<string>
        {
            "/communities/new",
            $"{community}/charter",
            $"{community}/charter/history",
            $"{community}/charter/versions/1",
            $"{community}/charter/compare?from=1&to=2",
            $"{community}/charter/sections/who-we-are/edit",
            $"{community}/charter/principles",
            $"{community}/charter/to-be-confirmed",
            $"{community}/charter/suggest",
            $"{community}/charter/suggest?section=our-values",
            $"{community}/charter/suggestions",
            $"{community}/members/invite",
            $"{community}/members/manage",
            $"{community}/members/requests",
            $"{community}/me",
            $"{community}/me/who-you-are",
            $"{community}/me/organisation-and-role",
            $"{community}/me/how-you-are-named",
            $"{community}/me/access-needs",
            $"{community}/me/consents",
            $"{community}/me/offers",
            $"{community}/people",
            $"{community}/access-needs",
            $"{community}/lived-expert-group",
            $"{community}/who-should-be-here",
            $"{community}/email-list",
            $"{community}/email-list/mailings",
            $"{community}/sub-groups",
            $"{community}/sub-groups/new",
            $"{community}/leave",
            // A community she does not belong to, which she may ask to join.
            "/communities/saltmarsh-restrictive-practice/join",
            // Sessions: the next one, with people booked on it and its running order planned, one still to
            // plan, and the last one, with who came.
            $"{community}/sessions",
            $"{community}/sessions/plan",
            $"{community}/sessions/{next}",
            $"{community}/sessions/{last}",
            $"{community}/sessions/{next}/edit",
            $"{community}/sessions/{next}/running-order",
            $"{community}/sessions/{DemoPeople.UnplannedSession}/running-order",
            $"{community}/sessions/{next}/sign-up",
            $"{community}/sessions/{next}/sign-ups",
            $"{community}/sessions/{next}/attendance",
            $"{community}/sessions/{last}/attendance",
            $"{community}/sessions/{last}/chat-imports",
            $"{community}/preparation-meetings/1/chat-imports",
            $"{community}/sessions/{next}/breakouts",
            $"{community}/sessions/{next}/my-breakout",
            $"{community}/preparation-meetings/1",
            $"{community}/preparation-meetings/1/edit",
            $"{community}/attendance",
            // Themes: the list, and finding them in what was said at the last session and at a preparation meeting.
            $"{community}/themes",
            $"{community}/sessions/{last}/themes",
            $"{community}/themes/embeddings-service",
            $"{community}/preparation-meetings/1/themes",
            // You said, we did: the ledger, filtered, a new request and the board.
            $"{community}/you-said-we-did",
            $"{community}/you-said-we-did?status=NotUpheld",
            $"{community}/you-said-we-did/new",
            $"{community}/you-said-we-did/board",
            // After a session: its feedback, next actions, the connections brokered and offers to collaborate.
            $"{community}/sessions/{DemoConnections.Session}",
            $"{community}/sessions/{DemoConnections.Session}/feedback",
            $"{community}/sessions/{DemoConnections.Session}/feedback/answers",
            $"{community}/next-actions",
            $"{community}/connections",
            $"{community}/connections/new",
            $"{community}/offers",
            // The system map: the list, searched and filtered (with and without results), adding, and the diagram.
            $"{community}/map",
            $"{community}/map?q=carers&sector=VoluntaryAndCommunity&kind=Group",
            $"{community}/map?q=nothing+like+this",
            $"{community}/map/new",
            $"{community}/map/diagram",
            // Resources: the list (with the demo's links, file and events), filtered, and adding each kind.
            $"{community}/resources",
            $"{community}/resources?kind=Event",
            $"{community}/resources/new",
            $"{community}/resources/new?kind=link",
            $"{community}/resources/new?kind=file",
            $"{community}/resources/new?kind=event",
            // Reports: the list with the demo's published staff briefing and a button per kind to draft.
            $"{community}/reports",
            // The live room before it opens, as participant and as facilitator.
            $"{community}/sessions/{next}/room",
            $"{community}/sessions/{next}/room/console",
            $"{community}/preparation-meetings/1/room",
            $"{community}/preparation-meetings/1/room/console",
        };
    }

    // What a member who runs nothing sees of the sessions.
    public static TheoryData<string> MemberPages()
    {
        var community = $"/communities/{DemoPeople.CoLeadCommunitySlug}";
        return new TheoryData<string>
        {
            $"{community}/sessions",
            $"{community}/sessions/{DemoPeople.NextSession}",
            $"{community}/sessions/{DemoPeople.NextSession}/sign-up",
            $"{community}/sessions/{DemoPeople.NextSession}/my-breakout",
            $"{community}/sessions/{DemoPeople.LastSession}",
            $"{community}/sessions/{DemoPeople.NextSession}/room",
            $"{community}/attendance",
            $"{community}/themes",
            $"{community}/you-said-we-did",
            $"{community}/you-said-we-did/board",
            $"{community}/connections",
            $"{community}/offers",
            $"{community}/resources",
            $"{community}/reports",
            "/account/calendar",
        };
    }

    // The easy-read versions a member chose with the "Easy read" link.
    public static TheoryData<string> EasyReadPages()
    {
        var community = $"/communities/{DemoPeople.CoLeadCommunitySlug}";
        return new TheoryData<string>
        {
            "/communities/kilnbridge-city/join",
            $"{community}/me",
            $"{community}/sessions/{DemoPeople.NextSession}",
            $"{community}/sessions/{DemoPeople.NextSession}/sign-up",
            $"{community}/sessions/{DemoPeople.NextSession}/room",
        };
    }

    // Forms sent with nothing filled in, as the co-lead: the path in her community, the button, and
    // the start of the message she should see.
    public static TheoryData<string, string?, string> EmptyForms() => new()
    {
        { "members/invite", "Send invitation", "Enter the email address of the person you are inviting" },
        { "sub-groups/new", null, "Enter" },
        { "map/new", "Add to the map", "Enter the name of the organisation, service or group" },
        { "sessions/plan", "Check the dates", "Enter a name for the series" },
        { $"sessions/{DemoPeople.UnplannedSession}/running-order", "Use this running order", "Choose a running order to start from" },
        { $"sessions/{DemoPeople.LastSession}/attendance", "Add guest", "Enter the guest's name" },
        { $"sessions/{DemoPeople.LastSession}/chat-imports", "Preview", "The chat is empty" },
        { "you-said-we-did/new", "Add the request", "Enter what was asked" },
        { "connections/new", "Record the connection", "Choose who or what is on this side" },
        { "offers", "Post the offer", "Enter a title for your offer" },
    };

    public static TheoryData<string, int, string> SignedOutPages() => new()
    {
        { "/invitations/nonsense", 200, "This invitation link does not work" },
        { "/", 200, "Communities of practice" },
        { "/sign-in", 200, "Sign in" },
        { "/join", 200, "Join a live room" },
        { "/sign-in/link?token=nonsense", 200, "This sign-in link does not work" },
        { "/sign-out", 200, "Sign out" },
        { "/glossary", 200, "Words we use" },
        { "/no-such-page", 404, "Page not found" },
    };

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => context?.CloseAsync() ?? Task.CompletedTask;

    [Theory]
    [MemberData(nameof(SiteAdminPages))]
    public async Task Page_AsSiteAdmin_HasNoAxeViolationsAndFitsAPhone(string path, int status, string heading)
    {
        // Arrange
        var page = await SiteAdminPageAsync();

        // Act
        var response = await page.GotoAsync(path);

        // Assert
        Assert.Equal(status, response?.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(heading);
        await AssertAccessibleAsync(page);
    }

    [Theory]
    [MemberData(nameof(CoLeadPages))]
    public async Task Page_AsCoLead_HasNoAxeViolationsAndFitsAPhone(string path)
    {
        // Arrange
        context = await app.NewSignedInContextAsync(DemoPeople.CoLeadEmail);
        var page = await context.NewPageAsync();

        // Act
        var response = await page.GotoAsync(path);

        // Assert
        Assert.Equal(200, response?.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveCountAsync(1);
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task SubGroup_AsCoLead_HasNoAxeViolationsAndFitsAPhone()
    {
        // Arrange
        context = await app.NewSignedInContextAsync(DemoPeople.CoLeadEmail);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/communities/{DemoPeople.CoLeadCommunitySlug}/sub-groups");

        // Act
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Action group" }).ClickAsync();

        // Assert
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Action group");
        await AssertAccessibleAsync(page);
    }

    // The demo's published staff briefing as a member reads it, with a figure's source opened.
    [Fact]
    public async Task PublishedReport_AsMember_HasNoAxeViolationsAndFitsAPhone()
    {
        // Arrange
        context = await app.NewSignedInContextAsync(DemoPeople.MemberEmail);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/communities/{DemoPeople.CoLeadCommunitySlug}/reports");

        // Act
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Staff briefing: ") }).First.ClickAsync();
        await page.Locator("#figures summary").First.ClickAsync();

        // Assert
        await Assertions.Expect(page.Locator("#version .nhsuk-tag")).ToHaveTextAsync("Published");
        await Assertions.Expect(page.Locator("#figures li")).ToHaveCountAsync(4);
        await AssertAccessibleAsync(page);
    }

    // An entry on the system map as a co-lead meets it, with a connection sent empty, then its change form.
    [Fact]
    public async Task MapEntry_AsCoLead_EntryItsErrorsAndItsChangeFormHaveNoAxeViolationsAndFitAPhone()
    {
        // Arrange
        context = await app.NewSignedInContextAsync(DemoPeople.CoLeadEmail);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/communities/{DemoPeople.CoLeadCommunitySlug}/map");

        // Act
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Brackenmouth Self-Advocates" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Brackenmouth Self-Advocates");
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the connection" }).ClickAsync();

        // Assert
        await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Choose who they work with");
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Change or remove this entry" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Change this entry");
        await AssertAccessibleAsync(page);
    }

    // A theme's page as a co-lead meets it, then with the note left out of settling it, then settled
    // and reopened with its history, then Find themes with a new theme's title left empty.
    [Fact]
    public async Task Themes_AsCoLead_ThemePageAndItsErrorsHaveNoAxeViolationsAndFitAPhone()
    {
        // Arrange
        context = await app.NewSignedInContextAsync(DemoPeople.CoLeadEmail);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/communities/{DemoPeople.CoLeadCommunitySlug}/themes");

        // Act
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Waiting for a diagnosis" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Waiting for a diagnosis");
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark as settled" }).ClickAsync();

        // Assert
        await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Enter what was agreed or done");
        await AssertAccessibleAsync(page);

        // Settled and reopened: its history of settlings.
        await page.GetByLabel("What was agreed or done").FillAsync("A diagnosis nurse now joins each session");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark as settled" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Reopen this theme" }).ClickAsync();
        await Assertions.Expect(page.Locator("#settlings li")).ToContainTextAsync("Reopened on");
        await AssertAccessibleAsync(page);

        await page.GotoAsync($"/communities/{DemoPeople.CoLeadCommunitySlug}/sessions/{DemoPeople.LastSession}/themes");
        await page.Locator("#group-0").GetByLabel("Title for the new theme").FillAsync("");
        await page.Locator("#group-0").GetByRole(AriaRole.Button, new() { Name = "Make this a theme" }).ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Enter a title for the theme");
        await AssertAccessibleAsync(page);
    }

    // A brokered connection's page, then with nothing changed in how it is going; an offer's page,
    // with who is interested.
    [Fact]
    public async Task Connections_AsCoLead_ConnectionAndOfferPagesHaveNoAxeViolationsAndFitAPhone()
    {
        // Arrange
        context = await app.NewSignedInContextAsync(DemoPeople.CoLeadEmail);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/communities/{DemoPeople.CoLeadCommunitySlug}/connections");

        // Act
        await page.Locator("#connections a").Filter(new() { HasText = "Lived expert carer groups" }).ClickAsync();
        await Assertions.Expect(page.Locator("#history li")).ToHaveCountAsync(3);
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save how it is going" }).ClickAsync();

        // Assert
        await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("It is already");
        await AssertAccessibleAsync(page);

        await page.GotoAsync($"/communities/{DemoPeople.CoLeadCommunitySlug}/offers");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "A peer educator network" }).ClickAsync();
        await Assertions.Expect(page.Locator("#interested li")).ToHaveCountAsync(2);
        await AssertAccessibleAsync(page);
    }

    // The embeddings service turned on, and Find themes when that service does not answer; then
    // turned off again, as every other test expects it.
    [Fact]
    public async Task EmbeddingsService_TurnedOnAndNotAnswering_HasNoAxeViolationsAndFitsAPhone()
    {
        // Arrange
        context = await app.NewSignedInContextAsync(DemoPeople.CoLeadEmail);
        var page = await context.NewPageAsync();
        var community = $"/communities/{DemoPeople.CoLeadCommunitySlug}";
        await page.GotoAsync($"{community}/themes/embeddings-service");

        // Act
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn it on" }).ClickAsync();
        try
        {
            // Assert
            await Assertions.Expect(page.Locator("#state")).ToContainTextAsync("This is on.");
            await AssertAccessibleAsync(page);
            await page.GotoAsync($"{community}/sessions/{DemoPeople.LastSession}/themes");
            await Assertions.Expect(page.Locator("#suggested-by")).ToContainTextAsync("The embeddings service did not answer");
            await AssertAccessibleAsync(page);
        }
        finally
        {
            await page.GotoAsync($"{community}/themes/embeddings-service");
            await page.GetByRole(AriaRole.Button, new() { Name = "Turn it off" }).ClickAsync();
            await Assertions.Expect(page.Locator("#state")).ToContainTextAsync("This is off");
        }
    }

    [Theory]
    [MemberData(nameof(MemberPages))]
    public async Task Page_AsMember_HasNoAxeViolationsAndFitsAPhone(string path)
    {
        // Arrange
        context = await app.NewSignedInContextAsync(DemoPeople.MemberEmail);
        var page = await context.NewPageAsync();

        // Act
        var response = await page.GotoAsync(path);

        // Assert
        Assert.Equal(200, response?.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveCountAsync(1);
        await AssertAccessibleAsync(page);
    }

    [Theory]
    [MemberData(nameof(EasyReadPages))]
    public async Task EasyReadPage_AsMember_HasNoAxeViolations(string path)
    {
        // Arrange
        context = await app.NewSignedInContextAsync(DemoPeople.MemberEmail);
        var page = await context.NewPageAsync();

        // Act: the link remembers the choice and comes back to the page
        var response = await page.GotoAsync($"/easy-read?show=easy&returnUrl={Uri.EscapeDataString(path)}");

        // Assert
        Assert.Equal(200, response?.Status);
        await Assertions.Expect(page.Locator("#easy-read")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("h1")).ToHaveCountAsync(1);
        await AxeAudit.AssertCleanAsync(page);
    }

    [Theory]
    [MemberData(nameof(EmptyForms))]
    public async Task Form_SentEmpty_ShowsErrorsWithNoAxeViolationsAndFitsAPhone(string path, string? button, string message)
    {
        // Arrange
        context = await app.NewSignedInContextAsync(DemoPeople.CoLeadEmail);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/communities/{DemoPeople.CoLeadCommunitySlug}/{path}");

        // Act
        var submit = button is null ? page.Locator("main form button[type=submit]").Last : page.GetByRole(AriaRole.Button, new() { Name = button });
        await submit.ClickAsync();

        // Assert
        await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync(message);
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task AttendanceReport_Imported_ShowsWhatItDidAndWhoItCouldNotMatchWithNoAxeViolationsAndFitsAPhone()
    {
        // Arrange: a Zoom export with someone who left and came back, and someone nobody knows
        context = await app.NewSignedInContextAsync(DemoPeople.CoLeadEmail);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/communities/{DemoPeople.CoLeadCommunitySlug}/sessions/{DemoPeople.LastSession}/attendance");
        var zoom =
            "Name (Original Name),User Email,Duration (Minutes),Guest\r\n" +
            $"{DemoPeople.CoLeadName},{DemoPeople.CoLeadEmail},62,No\r\n" +
            $"{DemoPeople.CoLeadName},{DemoPeople.CoLeadEmail},55,No\r\n" +
            "Hal Penrose,hal.penrose@example.net,120,Yes\r\n";
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.GetByLabel("Attendance report (CSV, up to 2 MB)").ClickAsync());
        await chooser.SetFilesAsync(new FilePayload { Name = "participants.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(zoom) });

        // Act
        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();

        // Assert
        await Assertions.Expect(page.Locator("#import-report")).ToContainTextAsync("We read participants.csv as a Zoom participants export.");
        await Assertions.Expect(page.Locator("#not-matched")).ToContainTextAsync("‘Hal Penrose’ (hal.penrose@example.net): no member has this email address or name");
        await Assertions.Expect(page.Locator("[id^=unmatched-]").GetByRole(AriaRole.Heading, new() { Name = "Hal Penrose" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task MeetingChat_PastedPreviewedImportedThenUndone_HasNoAxeViolationsAndShowsInTheRoomsRecord()
    {
        // Arrange: a Teams chat with the co-lead, someone nobody knows, a system line and a link
        context = await app.NewSignedInContextAsync(DemoPeople.CoLeadEmail);
        var page = await context.NewPageAsync();
        var session = $"/communities/{DemoPeople.CoLeadCommunitySlug}/sessions/{DemoPeople.LastSession}";
        var said = $"Glad we tried the reflection tool {Guid.NewGuid():N}";
        var chat =
            $"[14:02] {DemoPeople.CoLeadName}\n{said}\n" +
            "Quinn Ashdown joined the meeting\n" +
            "[14:03] Quinn Ashdown\nThe tool is at https://example.org/reflection 🙂\n";
        await page.GotoAsync($"{session}/chat-imports");
        await page.GetByLabel("The chat, pasted").FillAsync(chat);

        // Act: preview, then import
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Assertions.Expect(page.Locator("#preview-messages")).ToContainTextAsync("Not matched, 14:03 (written as Quinn Ashdown)");
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Import 2 contributions$") }).ClickAsync();

        // Assert: the links and the sender to map, then the words in the room's record
        await Assertions.Expect(page.Locator("#import-links")).ToContainTextAsync("https://example.org/reflection");
        await Assertions.Expect(page.Locator("#not-matched")).ToHaveTextAsync("Not matched (1)");
        await AssertAccessibleAsync(page);
        await page.GotoAsync($"{session}/room/console");
        await Assertions.Expect(page.Locator("#contribution-list")).ToContainTextAsync(said);
        await page.GotoAsync($"{session}/chat-imports");
        await page.Locator("#import-list form").First.GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("The import is undone");
        await AxeAudit.AssertCleanAsync(page);
    }

    [Fact]
    public async Task AttendanceReport_MatchedAsChosenBefore_ThenChosenAgain_HasNoAxeViolations()
    {
        // Arrange: a row resolved as a member at the session before the last one
        context = await app.NewSignedInContextAsync(DemoPeople.CoLeadEmail);
        var page = await context.NewPageAsync();
        var csv = Encoding.UTF8.GetBytes($"Name,Email\r\nOn a borrowed tablet,{DemoPeople.NewEmail()}\r\n");
        async Task ImportAsync(int session)
        {
            await page.GotoAsync($"/communities/{DemoPeople.CoLeadCommunitySlug}/sessions/{session}/attendance");
            var chooser = await page.RunAndWaitForFileChooserAsync(() => page.GetByLabel("Attendance report (CSV, up to 2 MB)").ClickAsync());
            await chooser.SetFilesAsync(new FilePayload { Name = "attendance.csv", MimeType = "text/csv", Buffer = csv });
            await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("#import-report")).ToBeVisibleAsync();
        }

        await ImportAsync(DemoPeople.LastSession - 1);
        var row = page.Locator("[id^=unmatched-]").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "On a borrowed tablet" }) });
        await row.Locator("select").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        // The hidden part of a button's name is read after a space: "This is them : On a borrowed tablet".
        await row.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^This is them ?: On a borrowed tablet$") }).ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("On a borrowed tablet is");

        // Act
        await ImportAsync(DemoPeople.LastSession);

        // Assert
        await Assertions.Expect(page.Locator("#matched-as-chosen-before")).ToContainTextAsync("‘On a borrowed tablet’ is");
        await AxeAudit.AssertCleanAsync(page);
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^Choose again ?for ‘On a borrowed tablet’$") }).ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("‘On a borrowed tablet’ is no longer matched to anyone.");
        await Assertions.Expect(page.Locator("[id^=unmatched-]").GetByRole(AriaRole.Heading, new() { Name = "On a borrowed tablet" })).ToBeVisibleAsync();
        await AxeAudit.AssertCleanAsync(page);
    }

    [Fact]
    public async Task BreakoutGroups_ProposedThenSeenBySomeoneInOne_HaveNoAxeViolationsAndFitAPhone()
    {
        // Arrange: the co-lead has a place at the next session
        context = await app.NewSignedInContextAsync(DemoPeople.CoLeadEmail);
        var page = await context.NewPageAsync();
        var session = $"/communities/{DemoPeople.CoLeadCommunitySlug}/sessions/{DemoPeople.NextSession}";
        await page.GotoAsync($"{session}/sign-up");
        await page.Locator("#sign-up button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-notification-banner")).ToBeVisibleAsync();
        await page.GotoAsync($"{session}/breakouts");

        // Act: the demo's next session has groups already, so proposing may ask before replacing them
        await page.GetByRole(AriaRole.Button, new() { Name = "Propose groups" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(new Regex("^(Breakout groups|Replace the breakout groups\\?)$"));
        if (await page.Locator("h1").TextContentAsync() == "Replace the breakout groups?")
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Replace the groups" }).ClickAsync();
        }

        // Assert: the groups, each with a chair; then asking again; then her own group
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Group 1", Exact = true, Level = 2 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#group-1 .rt-breakout-chair")).Not.ToContainTextAsync("nobody yet");
        await AssertAccessibleAsync(page);

        // Sizes no proposal of 6 to 8 could match, so the page asks before replacing.
        await page.GetByLabel("Smallest group").FillAsync("2");
        await page.GetByLabel("Largest group").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Propose groups" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Replace the breakout groups?", Level = 1 })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);

        await page.GotoAsync($"{session}/my-breakout");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex(@"^You are in group \d+$") })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task Calendar_AfterMakingALink_ShowsItWithNoAxeViolationsAndFitsAPhone()
    {
        // Arrange
        context = await app.NewSignedInContextAsync(DemoPeople.MemberEmail);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/calendar");

        // Act
        await page.Locator("#make button[type=submit]").ClickAsync();

        // Assert
        await Assertions.Expect(page.GetByLabel(new Regex("^Copy this address into your calendar app"))).ToHaveValueAsync(new Regex("^http://127.0.0.1:[0-9]+/"));
        await AssertAccessibleAsync(page);
    }

    [Theory]
    [MemberData(nameof(SignedOutPages))]
    public async Task Page_SignedOut_HasNoAxeViolationsAndFitsAPhone(string path, int status, string heading)
    {
        // Arrange
        var page = await SignedOutPageAsync();

        // Act
        var response = await page.GotoAsync(path);

        // Assert
        Assert.Equal(status, response?.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(heading);
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task OutboxMessage_AsSiteAdmin_HasNoAxeViolationsAndFitsAPhone()
    {
        // Arrange
        var page = await SiteAdminPageAsync();
        await page.GotoAsync("/admin/outbox");

        // Act
        await page.Locator(".nhsuk-table__body").GetByRole(AriaRole.Link).First.ClickAsync();
        await page.WaitForURLAsync(SignInSteps.OutboxMessageUrl());

        // Assert
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Your link to sign in to Roundtable");
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task SignIn_WithNoEmail_ShowsErrorsWithNoAxeViolationsAndFitsAPhone()
    {
        // Arrange
        var page = await SignedOutPageAsync();
        await page.GotoAsync("/sign-in");

        // Act
        await page.GetByRole(AriaRole.Button, new() { Name = "Send me a link" }).ClickAsync();

        // Assert
        await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Enter your email address");
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task JoinByCode_WithACodeThatCannotBeOne_ShowsTheErrorWithNoAxeViolationsAndFitsAPhone()
    {
        // Arrange
        var page = await SignedOutPageAsync();
        await page.GotoAsync("/join");

        // Act
        await page.GetByLabel("Enter the room code").FillAsync("K0T 1PM");
        await page.GetByRole(AriaRole.Button, new() { Name = "Join the room" }).ClickAsync();

        // Assert
        await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Enter the room code shown on the screen");
        await Assertions.Expect(page.GetByLabel("Enter the room code")).ToHaveValueAsync("K0T 1PM");
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task CheckEmail_AfterAskingForALink_HasNoAxeViolationsAndFitsAPhone()
    {
        // Arrange
        var page = await SignedOutPageAsync();

        // Act
        await SignInSteps.AskForLinkAsync(page, DemoPeople.NewEmail());

        // Assert
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task SignInLink_Valid_HasNoAxeViolationsAndFitsAPhone()
    {
        // Arrange
        var page = await SignedOutPageAsync();

        // Act
        await SignInSteps.NewestLinkAsync(page, DemoPeople.NewEmail());

        // Assert
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task Settings_WithNameCleared_ShowsErrorsWithNoAxeViolationsAndFitsAPhone()
    {
        // Arrange
        var page = await SiteAdminPageAsync();
        await page.GotoAsync($"/communities/{DemoPeople.CoLeadCommunitySlug}/settings");

        // Act
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save details" }).ClickAsync();

        // Assert
        await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Enter the community's name");
        await AssertAccessibleAsync(page);
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        await AxeAudit.AssertCleanAsync(page);
        await PhoneWidth.AssertFitsAsync(page);
    }

    private async Task<IPage> SiteAdminPageAsync()
    {
        context = await app.NewSiteAdminContextAsync();
        return await context.NewPageAsync();
    }

    private async Task<IPage> SignedOutPageAsync()
    {
        context = await app.NewContextAsync();
        return await context.NewPageAsync();
    }
}
