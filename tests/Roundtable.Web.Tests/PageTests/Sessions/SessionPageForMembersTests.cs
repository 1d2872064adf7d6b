using AngleSharp.Dom;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Tests.Shared;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Breakouts;

namespace Roundtable.Web.Tests.PageTests.Sessions;

// What the session page shows the member looking at it: their place, the figures once the
// session has started, and their breakout group.
[Collection(SharedApps.Sessions)]
public class SessionPageForMembersTests(RoundtableApp app)
{
    // Two sessions that have happened, and one still to come.
    private static readonly DateOnly TenWeeksAgo = TestClock.Today.AddDays(-71);
    private static readonly DateOnly LastWeek = TestClock.Today.AddDays(-8);
    private static readonly DateOnly InTwelveWeeks = TestClock.Today.AddDays(84);

    private static string PathOf(Community community, Session session, string rest = "") => $"/communities/{community.Slug}/sessions/{session.Number}{rest}";

    private static string Text(IElement? element) =>
        string.Join(' ', (element?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static List<(string Key, string Value)> SummaryRows(IDocument page, string id) =>
        page.QuerySelectorAll($"#{id} .nhsuk-summary-list__row")
            .Select(row => (Text(row.QuerySelector("dt")), Text(row.QuerySelector("dd"))))
            .ToList();

    private Task<int> SetNeedsAsync(SignUp signUp, AccessNeeds needs, string? other) =>
        app.WithDbAsync(async db =>
        {
            var saved = await db.SignUps.FindAsync(signUp.Id);
            saved!.AccessNeeds = needs;
            saved.OtherAccessNeeds = other;
            return await db.SaveChangesAsync();
        });

    [Fact]
    public async Task Get_AsSomeoneBooked_ShowsTheirPlaceWithWhatTheyNeedAndALinkToChangeOrCancel()
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, InTwelveWeeks, capacity: 10);
        var person = await app.CreatePersonAsync("Booked Person");
        await app.JoinAsync(community, person);
        var signUp = await app.SignUpAsync(session, person);
        await SetNeedsAsync(signUp, AccessNeeds.Captions | AccessNeeds.Breaks, "A seat near the door.");

        var page = await (await app.BrowserForAsync(person)).GetDocumentAsync(PathOf(community, session));

        Assert.Equal("You have a place at this session.", Text(page.GetElementById("your-place")));
        Assert.Equal([("What you need", "Captions, Breaks"), ("Anything else", "A seat near the door.")], SummaryRows(page, "your-access-needs"));
        Assert.Equal(PathOf(community, session, "/sign-up"), page.GetElementById("change-sign-up")?.GetAttribute("href"));
        Assert.Equal("Change what you need, or cancel your place", Text(page.GetElementById("change-sign-up")));
        Assert.DoesNotContain("Sign up", Text(page.GetElementById("sign-up")), StringComparison.Ordinal);
        Assert.NotNull(page.GetElementById("meeting-link"));
    }

    [Fact]
    public async Task Get_AsSomeoneBookedWhoNeedsNothing_SaysNothingIsChosen()
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, InTwelveWeeks);
        var person = await app.BookedMemberAsync(community, session);

        var page = await (await app.BrowserForAsync(person)).GetDocumentAsync(PathOf(community, session));

        Assert.Equal([("What you need", "Nothing chosen")], SummaryRows(page, "your-access-needs"));
    }

    [Fact]
    public async Task Get_OnTheWaitingList_ShowsTheirNumberInTheQueueAndNoMeetingLink()
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, InTwelveWeeks, capacity: 1);
        await app.BookedMemberAsync(community, session);
        await app.BookedMemberAsync(community, session, SignUpStatus.Waiting, "First Waiting");
        var second = await app.BookedMemberAsync(community, session, SignUpStatus.Waiting, "Second Waiting");

        var page = await (await app.BrowserForAsync(second)).GetDocumentAsync(PathOf(community, session));

        Assert.StartsWith("You are on the waiting list: number 2 in the queue.", Text(page.GetElementById("your-place")), StringComparison.Ordinal);
        Assert.Equal("Change what you need, or leave the waiting list", Text(page.GetElementById("change-sign-up")));
        Assert.Null(page.GetElementById("meeting-link"));
        Assert.Null(page.GetElementById("your-access-needs"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(SignUpStatus.Cancelled)]
    public async Task Get_NotSignedUp_OffersToSignUpAndSaysMissedSessionsDoNotMatter(SignUpStatus? status)
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, InTwelveWeeks, capacity: 10);
        var person = await app.CreatePersonAsync("Not Yet");
        await app.JoinAsync(community, person);
        if (status is { } given)
        {
            await app.SignUpAsync(session, person, given);
        }

        var page = await (await app.BrowserForAsync(person)).GetDocumentAsync(PathOf(community, session));

        var part = page.GetElementById("sign-up")!;
        Assert.Contains("You can join even if you have missed some sessions.", Text(part), StringComparison.Ordinal);
        Assert.Equal("Sign up", Text(part.QuerySelector($"a[href='{PathOf(community, session, "/sign-up")}']")));
        Assert.Null(page.GetElementById("session-full"));
        Assert.Null(page.GetElementById("your-place"));
    }

    [Fact]
    public async Task Get_NotSignedUpToAFullSession_SaysItIsFullAndThatSigningUpJoinsTheWaitingList()
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, InTwelveWeeks, capacity: 2);
        await app.BookedMemberAsync(community, session);
        await app.BookedMemberAsync(community, session);
        var person = await app.CreatePersonAsync("Too Late");
        await app.JoinAsync(community, person);

        var page = await (await app.BrowserForAsync(person)).GetDocumentAsync(PathOf(community, session));

        Assert.Equal("2 places: none left", Text(page.GetElementById("places")));
        Assert.Equal(
            "This session is full. If you sign up, you go on the waiting list. If a place is free, we book it for you and email you.",
            Text(page.GetElementById("session-full")));
        Assert.NotNull(page.QuerySelector($"#sign-up a[href='{PathOf(community, session, "/sign-up")}']"));
    }

    [Fact]
    public async Task Get_AsASiteAdminWhoIsNotAMember_DoesNotOfferASignUpTheyCouldNotUse()
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, InTwelveWeeks);
        var admin = await app.CreatePersonAsync("Site Admin");
        await app.MakeSiteAdminAsync(admin);
        var browser = await app.BrowserForAsync(admin);

        var page = await browser.GetDocumentAsync(PathOf(community, session));
        using var signUpPage = await browser.GetAsync(PathOf(community, session, "/sign-up"));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, signUpPage.StatusCode);
        Assert.Null(page.QuerySelector("#sign-up a[href$='/sign-up']"));
        Assert.Contains("Sessions are for members.", Text(page.GetElementById("sign-up")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ASessionThatHasEnded_OffersNoSignUp()
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, LastWeek);
        var person = await app.BookedMemberAsync(community, session);

        var page = await (await app.BrowserForAsync(person)).GetDocumentAsync(PathOf(community, session));

        Assert.Null(page.GetElementById("sign-up"));
    }

    [Fact]
    public async Task Get_ASessionThatHasHappened_ShowsMembersItsFiguresAgainstTheSessionBefore()
    {
        var community = await app.CreateCommunityAsync();
        var first = await app.CreateSessionAsync(community, TenWeeksAgo);
        var second = await app.CreateSessionAsync(community, LastWeek);
        var people = await app.MembersAsync(community, 5, "Figures");
        // Session 1: people 1 to 4. Session 2: people 1 to 3 came back, person 5 is new, and two guests.
        await app.RecordAttendanceAsync(first, people.Take(4));
        await app.RecordAttendanceAsync(second, [people[0], people[1], people[2], people[4]], guests: 2);

        var page = await (await app.BrowserForAsync(people[3])).GetDocumentAsync(PathOf(community, second));

        Assert.Equal(
            [
                ("Attended", "6 (4 members and 2 guests)"),
                ("New", "1"),
                ("Returning", "3"),
                ("Held from session 1", "3 of 4 (75%)"),
                ("Held from the previous session", "3 of 4 (75%), from session 1"),
            ],
            SummaryRows(page, "session-figures"));
        Assert.Equal($"/communities/{community.Slug}/attendance", page.GetElementById("attendance-across-sessions")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_ASessionThatHasHappened_ShowsNoFiguresToSomeoneNotAMember()
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, LastWeek);
        var people = await app.MembersAsync(community, 2, "Private");
        await app.RecordAttendanceAsync(session, people);
        var outsider = await app.CreatePersonAsync("Outsider");

        var anonymous = await app.CreateBrowser().GetDocumentAsync(PathOf(community, session));
        var nonMember = await (await app.BrowserForAsync(outsider)).GetDocumentAsync(PathOf(community, session));

        Assert.Null(anonymous.GetElementById("attendance"));
        Assert.Null(nonMember.GetElementById("attendance"));
    }

    [Fact]
    public async Task Get_ASessionThatHasHappenedWithNobodyMarked_SaysNothingIsRecordedYet()
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, LastWeek);
        var person = await app.BookedMemberAsync(community, session);

        var page = await (await app.BrowserForAsync(person)).GetDocumentAsync(PathOf(community, session));

        Assert.Equal("No attendance has been recorded for this session yet.", Text(page.GetElementById("session-figures-none")));
    }

    [Fact]
    public async Task Get_ASessionStillToCome_ShowsNoFigures()
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, InTwelveWeeks);
        var person = await app.BookedMemberAsync(community, session);

        var page = await (await app.BrowserForAsync(person)).GetDocumentAsync(PathOf(community, session));

        Assert.Null(page.GetElementById("attendance"));
    }

    [Fact]
    public async Task Get_InABreakoutGroup_ShowsTheGroupAndChairNamedAsTheyChoseAndLinksToIt()
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, InTwelveWeeks);
        var people = await app.BookAsync(community, session,
        [
            new Someone("Priya Participant", []),
            new Someone("Chris Chairperson", [], Naming: Naming.FirstName),
            new Someone("Hidden Name", [], Naming: Naming.NotNamed),
            new Someone("Rhona Role", [], Naming: Naming.RoleOnly, JobRole: "Social worker"),
            new Someone("Otto Othergroup", []),
        ]);
        await app.AddBreakoutGroupAsync(session, 1, people[1], people[0], people[1], people[2], people[3]);
        await app.AddBreakoutGroupAsync(session, 2, people[4], people[4]);

        var page = await (await app.BrowserForAsync(people[0])).GetDocumentAsync(PathOf(community, session));

        var part = page.GetElementById("breakout")!;
        Assert.Equal("You are in group 1", Text(part.QuerySelector("#your-breakout-group")));
        Assert.Equal("Chris", Text(part.QuerySelector("#your-breakout-chair")));
        Assert.Equal(["Social worker", "A member who prefers not to be named"], part.QuerySelectorAll("#your-breakout-others li").Select(Text));
        Assert.Equal(PathOf(community, session, "/my-breakout"), part.QuerySelector("#my-breakout")?.GetAttribute("href"));
        var text = page.Body!.TextContent;
        Assert.DoesNotContain("Chairperson", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden Name", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Rhona", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Otto", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_NotInAnyOfTheGroups_ShowsNoBreakout()
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, InTwelveWeeks);
        var people = await app.BookAsync(community, session, [new Someone("In Group", []), new Someone("Booked Later", [])]);
        await app.AddBreakoutGroupAsync(session, 1, people[0], people[0]);

        var page = await (await app.BrowserForAsync(people[1])).GetDocumentAsync(PathOf(community, session));

        Assert.Null(page.GetElementById("breakout"));
        Assert.Null(page.GetElementById("my-breakout"));
    }

    [Fact]
    public async Task Get_BeforeAnyGroupsAreMade_ShowsNoBreakout()
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, InTwelveWeeks);
        var person = await app.BookedMemberAsync(community, session);

        var page = await (await app.BrowserForAsync(person)).GetDocumentAsync(PathOf(community, session));

        Assert.Null(page.GetElementById("breakout"));
    }
}
