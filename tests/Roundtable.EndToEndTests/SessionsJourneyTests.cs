using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Roundtable.Core.Communities;
using Roundtable.Core.People;
using Roundtable.Core.Sessions;

namespace Roundtable.EndToEndTests;

// The journey the sessions work is judged by: a co-lead plans a bi-monthly series with the
// lived-expert group's preparation meetings between, and gives session 1 the Stoke running order;
// a member signs up with an access need; two sessions later the facilitator records who came to
// both (a walk-in, a guest, an online meeting's attendance report) and sees how many were held
// from session 1. axe checks every page on the way, and the whole journey runs again with
// JavaScript off.
[Collection(BrowserCollection.Name)]
public sealed class SessionsJourneyTests(BrowserFixture app)
{
    [Fact]
    public Task Journey_WithJavaScript_WorksAndEveryPageIsAccessible() => SessionsJourney.RunAsync(app, javaScriptEnabled: true, new AxeAudit());
}

[Collection(BrowserCollection.Name)]
public sealed class SessionsJourneyWithoutJavaScriptTests(BrowserFixture app)
{
    [Fact]
    public Task Journey_WithoutJavaScript_Works() => SessionsJourney.RunAsync(app, javaScriptEnabled: false, audit: null);
}

public static class SessionsJourney
{
    private const string Topic = "Moving to adult services: what would make it easier?";

    private const string MeetingLink = "https://meet.example.org/wyebridge-session-1";

    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static async Task RunAsync(BrowserFixture app, bool javaScriptEnabled, AxeAudit? audit)
    {
        var unique = Guid.NewGuid().ToString("N")[..6];
        var coLead = new TestCommunities.Member("Ffion Rees", $"ffion-{unique}@example.org", CommunityRole.CoLead);
        var sam = new TestCommunities.Member("Sam Okafor", $"sam-{unique}@example.org", AccessNeeds: AccessNeeds.QuietSpace, OtherAccessNeeds: "A seat near the door");
        var lou = new TestCommunities.Member("Lou Garner", $"lou-{unique}@example.org");
        var dev = new TestCommunities.Member("Dev Mistry", $"dev-{unique}@example.org");
        var facilitator = new TestCommunities.Member("Tomasz Nowicki", $"tomasz-{unique}@example.org", CommunityRole.Facilitator);
        var slug = await TestCommunities.CreateAsync(app.Server, $"Wyebridge Autism Community of Practice {unique}", [coLead, sam, lou, dev, facilitator]);
        var community = $"/communities/{slug}";

        // The second Friday of every other month, from next month; preparation meetings between.
        var today = UkTimeZone.DateOf(app.Server.Clock.GetUtcNow());
        var firstMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
        var sessions = new[] { 0, 2, 4 }.Select(months => SecondFriday(firstMonth.AddMonths(months))).ToArray();
        var preparation = new[] { 1, 3 }.Select(months => SecondFriday(firstMonth.AddMonths(months))).ToArray();

        await using var coLeadContext = await app.NewSignedInContextAsync(coLead.Email, javaScriptEnabled);
        var planner = await coLeadContext.NewPageAsync();
        await PlanTheSeriesAsync(planner, community, sessions, preparation, audit);
        await UseTheStokeRunningOrderAsync(planner, audit);

        await using var memberContext = await app.NewSignedInContextAsync(sam.Email, javaScriptEnabled);
        var member = await memberContext.NewPageAsync();
        await SignUpWithAnAccessNeedAsync(member, community, audit);

        // The co-lead, who runs sessions too, sees what the member asked for.
        await planner.GotoAsync($"{community}/sessions/1");
        await planner.GetByRole(AriaRole.Link, new() { Name = "Who has signed up" }).ClickAsync();
        await Assertions.Expect(planner.GetByRole(AriaRole.Heading, new() { Name = "Sign-ups for Session 1", Level = 1 })).ToBeVisibleAsync();
        await AssertRowsAsync(planner.Locator("#booked"), [["Sam Okafor", "Captions, A quiet space", "A quiet room nearby, and a seat near the door"]]);
        var needs = planner.GetByRole(AriaRole.Table, new() { Name = "What people need for this session" });
        await AssertRowAsync(needs.GetByRole(AriaRole.Row, new() { Name = "A quiet space" }), ["A quiet space", "1", "0"]);
        await AssertRowAsync(needs.GetByRole(AriaRole.Row, new() { Name = "Captions" }), ["Captions", "1", "0"]);
        await CheckAsync(audit, planner);

        // Months on, at the end of session 2's day, a facilitator signs in (the emails this sends
        // stay at the top of the outbox, dated then, after the clock comes back).
        using (app.Server.MoveClockTo(UkTimeZone.ToUtc(sessions[1], new TimeOnly(17, 0))))
        {
            await using var laterContext = await app.NewContextAsync(javaScriptEnabled);
            var register = await laterContext.NewPageAsync();
            await SignInSteps.SignInAsync(register, facilitator.Email);
            await MarkSessionOneAsync(register, community, lou, audit);
            await ImportSessionTwoAsync(register, community, sessions[1], sam, dev, audit);
            await SeeAttendanceAcrossSessionsAsync(register, sessions, audit);
        }

        audit?.AssertClean();
    }

    private static async Task PlanTheSeriesAsync(IPage page, string community, DateOnly[] sessions, DateOnly[] preparation, AxeAudit? audit)
    {
        await page.GotoAsync($"{community}/sessions");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sessions", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#no-upcoming")).ToHaveTextAsync("No sessions are planned yet.");
        await CheckAsync(audit, page);

        // A link drawn as a button, so it has the button role.
        await page.GetByRole(AriaRole.Button, new() { Name = "Plan sessions" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Plan sessions", Level = 1 })).ToBeVisibleAsync();
        await CheckAsync(audit, page);
        await page.GetByLabel("Name of the series").FillAsync("Sessions every two months");
        await page.GetByRole(AriaRole.Radio, new() { Name = "On a pattern" }).CheckAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Month", Exact = true }).FillAsync(sessions[0].Month.ToString(CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Year", Exact = true }).FillAsync(sessions[0].Year.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(page.GetByLabel("How many months apart?")).ToHaveValueAsync("2");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Friday" }).CheckAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "Second", Exact = true }).CheckAsync();
        await page.GetByLabel("How many sessions?").FillAsync("3");
        await Assertions.Expect(page.GetByLabel("Sessions start at")).ToHaveValueAsync("14:00");
        await Assertions.Expect(page.GetByLabel("Sessions end at")).ToHaveValueAsync("16:00");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Online", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Add preparation meetings between sessions" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the dates" }).ClickAsync();

        // Every date, numbered, before anything is made.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check the dates", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("‘Sessions every two months’ will add 3 sessions and 2 preparation meetings, online.");
        await AssertRowsAsync(page.Locator("#planned"),
        [
            ["Session 1", Date(sessions[0]), "14:00 to 16:00"],
            ["Preparation meeting 1", Date(preparation[0]), "14:00 to 15:00"],
            ["Session 2", Date(sessions[1]), "14:00 to 16:00"],
            ["Preparation meeting 2", Date(preparation[1]), "14:00 to 15:00"],
            ["Session 3", Date(sessions[2]), "14:00 to 16:00"],
        ]);
        await CheckAsync(audit, page);
        await KeyboardSteps.TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Add these sessions" }), patience: 60);
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(new Regex("/sessions$"));
        await Assertions.Expect(page.Locator(".nhsuk-notification-banner"))
            .ToContainTextAsync("‘Sessions every two months’ is planned: Sessions 1 to 3, and 2 preparation meetings.");
        var upcoming = page.GetByRole(AriaRole.Table, new() { Name = "Sessions coming up, soonest first" });
        await Assertions.Expect(upcoming.GetByRole(AriaRole.Link))
            .ToHaveTextAsync(["Session 1", "Preparation meeting 1", "Session 2", "Preparation meeting 2", "Session 3"]);
        await Assertions.Expect(upcoming.Locator("tbody td:first-of-type")).ToHaveTextAsync(
        [
            When(sessions[0], "16:00"), When(preparation[0], "15:00"), When(sessions[1], "16:00"), When(preparation[1], "15:00"), When(sessions[2], "16:00"),
        ]);
        await CheckAsync(audit, page);

        // The lived-expert group's meeting, which the co-lead may see.
        await upcoming.GetByRole(AriaRole.Link, new() { Name = "Preparation meeting 1" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Preparation meeting 1", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Only the group and the co-leads can see this meeting.");
        await CheckAsync(audit, page);
    }

    private static async Task UseTheStokeRunningOrderAsync(IPage page, AxeAudit? audit)
    {
        await page.GoBackAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Session 1", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Session 1", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#topic")).ToHaveTextAsync("The topic is to be confirmed.");
        await Assertions.Expect(page.Locator("#no-running-order")).ToHaveTextAsync("The running order has not been planned yet.");
        await CheckAsync(audit, page);

        // Its topic (a topic, not an agenda), where to join, and how many can come.
        await page.GetByRole(AriaRole.Link, new() { Name = "Change or cancel this session" }).ClickAsync();
        await CheckAsync(audit, page);
        await page.GetByLabel("Topic", new() { Exact = true }).FillAsync(Topic);
        await page.GetByLabel("Meeting link").FillAsync(MeetingLink);
        await page.GetByLabel("How many places?").FillAsync("30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Session 1 has been saved.");
        await Assertions.Expect(page.Locator("#topic")).ToHaveTextAsync(Topic);
        await Assertions.Expect(page.Locator("#places")).ToHaveTextAsync("30 places: 30 left");
        await CheckAsync(audit, page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Plan the running order" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Running order", Level = 1 })).ToBeVisibleAsync();
        await CheckAsync(audit, page);
        await page.GetByRole(AriaRole.Radio, new() { Name = "The Stoke-on-Trent running order" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Use this running order" }).ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-notification-banner"))
            .ToContainTextAsync("The running order now follows ‘The Stoke-on-Trent running order’.");
        await Assertions.Expect(page.Locator("#timing")).ToContainTextAsync("120 minutes planned, for a session of 120 minutes. It fills the session exactly.");
        await CheckAsync(audit, page);

        // Members see it on the session's page, each item at its time.
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to Session 1" }).ClickAsync();
        var runningOrder = page.Locator("#running-order-table");
        await Assertions.Expect(runningOrder.Locator("tbody tr")).ToHaveCountAsync(12);
        await AssertRowAsync(runningOrder.Locator("tbody tr").First, ["14:00", "Meet, greet and offer refreshments", "10"]);
        await Assertions.Expect(runningOrder.GetByRole(AriaRole.Row, new() { Name = "Presentation or case study" }))
            .ToContainTextAsync("Presented by someone still to be named");
        await AssertRowAsync(runningOrder.Locator("tbody tr").Last, ["15:55", "Networking, and finishing the refreshments", "5"]);
        await CheckAsync(audit, page);
    }

    private static async Task SignUpWithAnAccessNeedAsync(IPage page, string community, AxeAudit? audit)
    {
        // Members see the sessions, and not the preparation meetings.
        await page.GotoAsync($"{community}/sessions");
        var upcoming = page.GetByRole(AriaRole.Table, new() { Name = "Sessions coming up, soonest first" });
        await Assertions.Expect(upcoming.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Session 1", "Session 2", "Session 3"]);
        await CheckAsync(audit, page);
        var hidden = await page.GotoAsync($"{community}/preparation-meetings/1");
        Assert.Equal(404, hidden?.Status);
        await page.GoBackAsync();

        await upcoming.GetByRole(AriaRole.Link, new() { Name = "Session 1" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Session 1", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#topic")).ToHaveTextAsync(Topic);
        await Assertions.Expect(page.Locator("#meeting-link-hidden")).ToHaveTextAsync("You see the link when you have signed up.");
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync(MeetingLink);
        await Assertions.Expect(page.Locator("#running-order-table")).ToContainTextAsync("Introductions and best hopes");
        await CheckAsync(audit, page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign up", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign up to Session 1", Level = 1 })).ToBeVisibleAsync();
        await CheckAsync(audit, page);

        // What they told the community they need is filled in; for this session they add to it, by keyboard.
        var quiet = page.GetByRole(AriaRole.Checkbox, new() { Name = "A quiet space" });
        var captions = page.GetByRole(AriaRole.Checkbox, new() { Name = "Captions" });
        var other = page.GetByLabel("Anything else that would help (optional)");
        await Assertions.Expect(quiet).ToBeCheckedAsync();
        await Assertions.Expect(captions).Not.ToBeCheckedAsync();
        await Assertions.Expect(other).ToHaveValueAsync("A seat near the door");
        await KeyboardSteps.TabToAsync(page, captions, patience: 60);
        await page.Keyboard.PressAsync("Space");
        await KeyboardSteps.TabToAsync(page, other);
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("A quiet room nearby, and a seat near the door");
        await KeyboardSteps.TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Sign up", Exact = true }));
        await page.Keyboard.PressAsync("Enter");

        // Signed up, they are back on the session's page, which says so and gives the link to join.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Session 1", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("You have a place at Session 1.");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Join the session online" })).ToHaveAttributeAsync("href", MeetingLink);
        await Assertions.Expect(page.Locator("#places")).ToHaveTextAsync("30 places: 29 left");
        await CheckAsync(audit, page);

        // What they chose is kept for them to change.
        await page.Locator("#change-sign-up").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your place at Session 1", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(quiet).ToBeCheckedAsync();
        await Assertions.Expect(captions).ToBeCheckedAsync();
        await Assertions.Expect(other).ToHaveValueAsync("A quiet room nearby, and a seat near the door");
        await CheckAsync(audit, page);
    }

    private static async Task MarkSessionOneAsync(IPage page, string community, TestCommunities.Member walkIn, AxeAudit? audit)
    {
        await page.GotoAsync($"{community}/sessions/1");
        await page.GetByRole(AriaRole.Link, new() { Name = "Attendance", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Attendance at Session 1", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#session-figures-none")).ToHaveTextAsync("No attendance has been recorded for this session yet.");
        await CheckAsync(audit, page);

        // Someone who did not sign up walks in.
        await page.GetByLabel("A member", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = $"{walkIn.Name} ({walkIn.Email})" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to who came" }).ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync($"{walkIn.Name} is marked as here.");
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = walkIn.Name })).ToBeCheckedAsync();

        // The member who booked, and the co-lead.
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Sam Okafor" }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Ffion Rees" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save who came" }).ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Attendance saved: 2 people added, 0 taken off.");

        // And a guest who is not a member.
        await page.GetByLabel("A guest's name").FillAsync("Rowan Hale");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add guest" }).ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Rowan Hale is marked as here, as a guest.");

        await AssertFiguresAsync(page,
        [
            ["Attended", "4 (3 members and 1 guest)"],
            ["New", "3"],
            ["Returning", "0"],
            ["Held from session 1", "This is the first session anyone came to"],
            ["Held from the previous session", "There is no earlier session to compare with"],
        ]);
        await CheckAsync(audit, page);
    }

    private static async Task ImportSessionTwoAsync(
        IPage page, string community, DateOnly date, TestCommunities.Member sam, TestCommunities.Member dev, AxeAudit? audit)
    {
        // Sessions 1 and 2 are past now. A facilitator outside the lived-expert group does not
        // see its preparation meetings.
        await page.GotoAsync($"{community}/sessions");
        var past = page.GetByRole(AriaRole.Table, new() { Name = "Past sessions, latest first" });
        await Assertions.Expect(past.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Session 2", "Session 1"]);
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Sessions coming up, soonest first" }).GetByRole(AriaRole.Link))
            .ToHaveTextAsync(["Session 3"]);
        await CheckAsync(audit, page);
        await past.GetByRole(AriaRole.Link, new() { Name = "Session 2" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Attendance", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Attendance at Session 2", Level = 1 })).ToBeVisibleAsync();

        // Teams' attendance report, as it downloads: UTF-16, tab-separated, with its summary first.
        // Sam and Dev are found by email, Ffion by name; the guest is nobody the community knows.
        var day = date.ToString("M/d/yy", CultureInfo.InvariantCulture);
        var report =
            "1. Summary\n" +
            "Meeting title\tWyebridge: Session 2\n" +
            "Attended participants\t4\n" +
            "\n" +
            "2. Participants\n" +
            "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole\n" +
            $"Ffion Rees\t{day}, 1:55:00 PM\t{day}, 4:01:00 PM\t2h 6m\t\t\tOrganizer\n" +
            $"Sam Okafor\t{day}, 2:02:00 PM\t{day}, 4:00:00 PM\t1h 58m\t{sam.Email}\t{sam.Email}\tAttendee\n" +
            $"Dev Mistry\t{day}, 2:40:00 PM\t{day}, 4:00:00 PM\t1h 20m\t{dev.Email}\t{dev.Email}\tAttendee\n" +
            $"Alex Morgan (Guest)\t{day}, 2:05:00 PM\t{day}, 3:30:00 PM\t1h 25m\t\t\tAttendee\n";
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.GetByLabel("Attendance report (CSV, up to 2 MB)").ClickAsync());
        await chooser.SetFilesAsync(new FilePayload
        {
            Name = "Session 2 - Attendance report.csv",
            MimeType = "text/csv",
            Buffer = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(report)],
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Attendance report imported: 3 people added, 1 not matched.");
        var imported = page.Locator("#import-report");
        await Assertions.Expect(imported).ToContainTextAsync("We read Session 2 - Attendance report.csv as a Microsoft Teams attendance report.");
        await AssertSummaryAsync(imported.Locator("#import-figures"),
        [
            ["Rows read", "4"], ["Matched by email", "2"], ["Matched by name", "1"], ["Matched as you chose before", "0"], ["Duplicate rows merged", "0"], ["Already marked as here", "0"],
            ["Added to who came", "3"], ["Not matched", "1"], ["Not matched, already listed", "0"], ["Lines skipped", "4"], ["Blank lines", "1"],
        ]);
        await Assertions.Expect(imported.Locator("#matched-by-name")).ToHaveTextAsync("‘Ffion Rees’ is Ffion Rees");
        await Assertions.Expect(imported.Locator("#not-matched")).ToHaveTextAsync("‘Alex Morgan (Guest)’: no member has this name");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not matched (1)" })).ToBeVisibleAsync();
        await CheckAsync(audit, page);

        // The row nobody matched is a guest.
        // Each button names the row, for someone who hears the buttons without the card around them.
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^Add as a guest ?: Alex Morgan \(Guest\)$") }).ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Alex Morgan (Guest) is marked as here, as a guest.");
        await AssertRowsAsync(page.Locator("#resolved-rows"), [["Alex Morgan (Guest)", "Guest"]]);

        // Two of the three members at session 1 came back; Dev is new.
        await AssertFiguresAsync(page,
        [
            ["Attended", "4 (3 members and 1 guest)"],
            ["New", "1"],
            ["Returning", "2"],
            ["Held from session 1", "2 of 3 (67%)"],
            ["Held from the previous session", "2 of 3 (67%), from session 1"],
        ]);
        await CheckAsync(audit, page);
    }

    private static async Task SeeAttendanceAcrossSessionsAsync(IPage page, DateOnly[] sessions, AxeAudit? audit)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Attendance across all sessions" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Attendance across sessions", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new()
        {
            Name = "Bar chart of how many people came to each session, with a line for the share of members held from the first session. " +
                "Session 1: 4 came. Session 2: 4 came, 67% held from session 1.",
        })).ToBeVisibleAsync();
        // Session 3 has not happened, so it is not in the table.
        await AssertRowsAsync(page.GetByRole(AriaRole.Table, new() { Name = "Attendance and retention at each session" }),
        [
            ["Session 1", ShortDate(sessions[0]), "4", "3", "0", "–", "–"],
            ["Session 2", ShortDate(sessions[1]), "4", "1", "2", "2 of 3 (67%)", "2 of 3 (67%)"],
        ]);
        await CheckAsync(audit, page);
    }

    private static async Task AssertFiguresAsync(IPage page, string[][] rows) => await AssertSummaryAsync(page.Locator("#session-figures"), rows);

    private static async Task AssertSummaryAsync(ILocator list, string[][] rows)
    {
        await Assertions.Expect(list.Locator("dt")).ToHaveTextAsync(rows.Select(r => r[0]).ToArray());
        await Assertions.Expect(list.Locator("dd")).ToHaveTextAsync(rows.Select(r => r[1]).ToArray());
    }

    // Each body row of a table, cell by cell, headers and data alike.
    private static async Task AssertRowsAsync(ILocator table, string[][] rows)
    {
        var body = table.Locator("tbody tr");
        await Assertions.Expect(body).ToHaveCountAsync(rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            await AssertRowAsync(body.Nth(i), rows[i]);
        }
    }

    private static Task AssertRowAsync(ILocator row, string[] cells) =>
        Assertions.Expect(row.Locator(":scope > th, :scope > td")).ToHaveTextAsync(cells);

    private static DateOnly SecondFriday(DateOnly month)
    {
        var first = month.AddDays(((int)DayOfWeek.Friday - (int)month.DayOfWeek + 7) % 7);
        return first.AddDays(7);
    }

    private static string Date(DateOnly date) => date.ToString("dddd d MMMM yyyy", British);

    private static string ShortDate(DateOnly date) => date.ToString("d MMMM yyyy", British);

    private static string When(DateOnly date, string end) => $"{Date(date)}, 14:00 to {end}";

    private static Task CheckAsync(AxeAudit? audit, IPage page) => audit?.CheckAsync(page) ?? Task.CompletedTask;
}
