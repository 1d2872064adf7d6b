using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Tests.Shared;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Attendance;
using static Roundtable.Web.Tests.PageTests.Attendance.AttendanceTestData;

namespace Roundtable.Web.Tests.PageTests.SignUps;

[Collection(SharedApps.People)]
public class SignUpTests(RoundtableApp app)
{
    private const string HearingLoop = "A hearing loop in the room, please";
    private const string StepFree = "A step-free route from the car park";

    private static readonly DateOnly Later = TestClock.Today.AddDays(83);

    private async Task<(Community Community, Session Session)> SessionAsync(int? capacity = null, DateOnly? date = null)
    {
        var community = await app.CreateCommunityAsync();
        var session = await app.CreateSessionAsync(community, date ?? Later, capacity: capacity, topic: "Making reasonable adjustments visible");
        return (community, session);
    }

    private async Task<(Person Person, HttpClient Browser)> JoinedAsync(Community community, string name)
    {
        var person = await app.MemberAsync(community, name);
        return (person, await app.BrowserForAsync(person));
    }

    // Signs up with what the form already says, as someone who changes nothing would; a minute
    // later than the last, so that the waiting list's order is the order of the tests' clicks.
    // Signing up goes back to the session's own page, which says what happened.
    private async Task<IDocument> SignUpAsync(HttpClient browser, Community community, Session session)
    {
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        using var response = await browser.SubmitAsync(SignUpPath(community, session), selector: "form#sign-up");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/communities/{community.Slug}/sessions/{session.Number}", response.Headers.Location?.OriginalString);
        return await browser.FollowAsync(response);
    }

    private static async Task<IDocument> CancelAsync(HttpClient browser, Community community, Session session)
    {
        using var response = await browser.SubmitAsync(SignUpPath(community, session), selector: "form#cancel");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await browser.FollowAsync(response);
    }

    // What an element says, without the "Information:" that only screen readers hear.
    private static string Text(IDocument page, string id) =>
        Squash(page.GetElementById(id)?.TextContent.Replace("Information:", "", StringComparison.Ordinal) ?? "");

    private static string? OtherNeeds(IDocument page) => page.QuerySelector<IHtmlTextAreaElement>("#Input_OtherAccessNeeds")?.Value;

    [Fact]
    public async Task Get_BeforeSigningUp_FillsInTheNeedsFromTheMembersProfile()
    {
        var (community, session) = await SessionAsync();
        var (ann, browser) = await JoinedAsync(community, "Ann Able");
        await app.SetProfileNeedsAsync(community, ann, AccessNeeds.LargerText | AccessNeeds.Captions, HearingLoop);

        var page = await browser.GetDocumentAsync(SignUpPath(community, session));

        Assert.Equal("Sign up to Session 1", page.Heading());
        var ticks = page.TicksOf("form#sign-up", "Input.AccessNeeds");
        Assert.Equal(["Captions", "Larger text"], ticks.Where(t => t.Value).Select(t => t.Key).Order());
        Assert.Equal(Profiles.AccessNeedOptions.Count, ticks.Count);
        Assert.Equal(HearingLoop, OtherNeeds(page));
        Assert.Equal("Making reasonable adjustments visible", page.QuerySelectorAll("#session dd")[1].TextContent.Trim());
        Assert.Contains("whichever sessions you have missed", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SignUp_SavesTheNeedsChosenForThisSessionWithoutChangingTheProfile()
    {
        var (community, session) = await SessionAsync();
        var (ann, browser) = await JoinedAsync(community, "Ann Able");
        await app.SetProfileNeedsAsync(community, ann, AccessNeeds.LargerText | AccessNeeds.Captions, HearingLoop);
        var form = (await browser.GetDocumentAsync(SignUpPath(community, session))).Form("form#sign-up");

        using var response = await browser.SubmitAsync(form,
            [("Input.AccessNeeds", "Captions"), ("Input.AccessNeeds", "Breaks"), ("Input.OtherAccessNeeds", StepFree)]);

        Assert.Equal("You have a place at Session 1.", (await browser.FollowAsync(response)).Notice());
        var page = await browser.GetDocumentAsync(SignUpPath(community, session));
        Assert.Equal("Your place at Session 1", page.Heading());
        Assert.Equal(["Breaks", "Captions"], page.TicksOf("form#sign-up", "Input.AccessNeeds").Where(t => t.Value).Select(t => t.Key).Order());
        Assert.Equal(StepFree, OtherNeeds(page));
        var signUp = await app.SignUpOfAsync(session, ann);
        Assert.Equal((SignUpStatus.Booked, AccessNeeds.Captions | AccessNeeds.Breaks, StepFree), (signUp!.Status, signUp.AccessNeeds, signUp.OtherAccessNeeds));
        var membership = await app.WithDbAsync(db => db.Memberships.AsNoTracking().SingleAsync(m => m.CommunityId == community.Id && m.PersonId == ann.Id));
        Assert.Equal((AccessNeeds.LargerText | AccessNeeds.Captions, HearingLoop), (membership.AccessNeeds, membership.OtherAccessNeeds));
    }

    [Fact]
    public async Task Post_SignUpTwice_IsOneSignUpWithTheLastNeedsSaved()
    {
        var (community, session) = await SessionAsync(capacity: 5);
        var (ann, browser) = await JoinedAsync(community, "Ann Able");
        var form = (await browser.GetDocumentAsync(SignUpPath(community, session))).Form("form#sign-up");

        using var first = await browser.SubmitAsync(form, [("Input.AccessNeeds", "Captions")]);
        using var second = await browser.SubmitAsync(form, [("Input.AccessNeeds", "QuietSpace")]);

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal("Your access needs for Session 1 have been saved.", (await browser.FollowAsync(second)).Notice());
        var page = await browser.GetDocumentAsync(SignUpPath(community, session));
        var signUp = Assert.Single(await app.SignUpsAtAsync(session));
        Assert.Equal((ann.Id, SignUpStatus.Booked, AccessNeeds.QuietSpace), (signUp.PersonId, signUp.Status, signUp.AccessNeeds));
        Assert.Equal("4 places left of 5", Text(page, "places"));
    }

    [Fact]
    public async Task Post_TheSameSignUpTwiceAtOnce_IsOneSignUp()
    {
        var (community, session) = await SessionAsync(capacity: 5);
        var (ann, browser) = await JoinedAsync(community, "Ann Able");
        var form = (await browser.GetDocumentAsync(SignUpPath(community, session))).Form("form#sign-up");

        var responses = await Task.WhenAll(browser.SubmitAsync(form), browser.SubmitAsync(form));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(ann.Id, Assert.Single(await app.SignUpsAtAsync(session)).PersonId);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Post_MorePeopleThanPlacesAtOnce_BooksOnlyAsManyAsThereArePlaces()
    {
        var (community, session) = await SessionAsync(capacity: 3);
        var forms = new List<(HttpClient Browser, AngleSharp.Html.Dom.IHtmlFormElement Form)>();
        foreach (var name in new[] { "Ann Able", "Bea Bright", "Cal Calm", "Dev Dawson", "Eve Early", "Fay Fox" })
        {
            var (_, browser) = await JoinedAsync(community, name);
            forms.Add((browser, (await browser.GetDocumentAsync(SignUpPath(community, session))).Form("form#sign-up")));
        }

        var responses = await Task.WhenAll(forms.Select(f => f.Browser.SubmitAsync(f.Form)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var signUps = await app.SignUpsAtAsync(session);
        Assert.Equal(3, signUps.Count(s => s.Status == SignUpStatus.Booked));
        Assert.Equal(3, signUps.Count(s => s.Status == SignUpStatus.Waiting));
        var places = new List<string>();
        foreach (var (browser, _) in forms)
        {
            var page = await browser.GetDocumentAsync(SignUpPath(community, session));
            places.Add(Text(page, "your-place").Split('.')[0]);
        }

        Assert.Equal(
            ["You are on the waiting list: number 1 in the queue", "You are on the waiting list: number 2 in the queue",
             "You are on the waiting list: number 3 in the queue", "You have a place at Session 1", "You have a place at Session 1",
             "You have a place at Session 1"],
            places.Order(StringComparer.Ordinal));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Get_WithACapacity_CountsThePlacesLeftFromBookedPlacesOnly()
    {
        var (community, session) = await SessionAsync(capacity: 3);
        var (_, ann) = await JoinedAsync(community, "Ann Able");
        var (_, bea) = await JoinedAsync(community, "Bea Bright");
        var (_, cal) = await JoinedAsync(community, "Cal Calm");

        var before = await ann.GetDocumentAsync(SignUpPath(community, session));
        await SignUpAsync(ann, community, session);
        await SignUpAsync(bea, community, session);
        await CancelAsync(bea, community, session);
        var after = await cal.GetDocumentAsync(SignUpPath(community, session));

        Assert.Equal("3 places left of 3", Text(before, "places"));
        Assert.Equal("2 places left of 3", Text(after, "places"));
        Assert.Equal("Sign up", after.QuerySelector("form#sign-up button")!.TextContent.Trim());
    }

    [Fact]
    public async Task Get_WithoutACapacity_SaysThereIsNoLimit()
    {
        var (community, session) = await SessionAsync(capacity: null);
        var (_, browser) = await JoinedAsync(community, "Ann Able");

        var page = await browser.GetDocumentAsync(SignUpPath(community, session));

        Assert.Equal("No limit", Text(page, "places"));
    }

    [Fact]
    public async Task Post_WhenTheSessionIsFull_JoinsTheWaitingListInTurn()
    {
        var (community, session) = await SessionAsync(capacity: 2);
        var browsers = new List<HttpClient>();
        foreach (var name in new[] { "Ann Able", "Bea Bright", "Cal Calm", "Dev Dawson" })
        {
            browsers.Add((await JoinedAsync(community, name)).Browser);
        }

        await SignUpAsync(browsers[0], community, session);
        await SignUpAsync(browsers[1], community, session);
        var full = await browsers[2].GetDocumentAsync(SignUpPath(community, session));
        var third = await SignUpAsync(browsers[2], community, session);
        var fourth = await SignUpAsync(browsers[3], community, session);

        Assert.Equal("Full. There is a waiting list, and places go to the people on it in turn.", Text(full, "places"));
        Assert.Equal("Join the waiting list", full.QuerySelector("form#sign-up button")!.TextContent.Trim());
        Assert.Equal("Session 1 is full, so you are on the waiting list. You are number 1 in the queue.", third.Notice());
        Assert.Equal("Session 1 is full, so you are on the waiting list. You are number 2 in the queue.", fourth.Notice());
        Assert.StartsWith("You are on the waiting list: number 2 in the queue.", Text(await browsers[3].GetDocumentAsync(SignUpPath(community, session)), "your-place"), StringComparison.Ordinal);
        var statuses = (await app.SignUpsAtAsync(session)).GroupBy(s => s.Status).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(2, statuses[SignUpStatus.Booked]);
        Assert.Equal(2, statuses[SignUpStatus.Waiting]);
    }

    [Fact]
    public async Task Post_CancelABookedPlace_BooksTheFirstPersonWaitingAndEmailsThemAlone()
    {
        var (community, session) = await SessionAsync(capacity: 1);
        var (ann, annBrowser) = await JoinedAsync(community, "Ann Able");
        var (bea, beaBrowser) = await JoinedAsync(community, "Bea Bright");
        var (cal, calBrowser) = await JoinedAsync(community, "Cal Calm");
        await SignUpAsync(annBrowser, community, session);
        await SignUpAsync(beaBrowser, community, session);
        await SignUpAsync(calBrowser, community, session);

        var page = await CancelAsync(annBrowser, community, session);

        Assert.Equal("You have cancelled your place at Session 1.", page.Notice());
        Assert.Equal("Sign up to Session 1", page.Heading());
        Assert.Equal(SignUpStatus.Cancelled, (await app.SignUpOfAsync(session, ann))!.Status);
        Assert.Equal(SignUpStatus.Booked, (await app.SignUpOfAsync(session, bea))!.Status);
        Assert.Equal(SignUpStatus.Waiting, (await app.SignUpOfAsync(session, cal))!.Status);
        var email = Assert.Single(await app.MessagesToAsync(bea.Email!));
        Assert.Equal($"A place has come free at Session 1 of {community.Name}", email.Subject);
        Assert.Contains("you were next on the waiting list. You are now booked", email.Body, StringComparison.Ordinal);
        Assert.Contains($"{TestClock.LongDate(Later)}, 14:00 to 16:00", email.Body, StringComparison.Ordinal);
        Assert.Contains($"http://localhost/communities/{community.Slug}/sessions/1/sign-up", email.Body, StringComparison.Ordinal);
        Assert.Empty(await app.MessagesToAsync(ann.Email!));
        Assert.Empty(await app.MessagesToAsync(cal.Email!));
        Assert.StartsWith("You have a place at Session 1.", Text(await beaBrowser.GetDocumentAsync(SignUpPath(community, session)), "your-place"), StringComparison.Ordinal);
        Assert.StartsWith("You are on the waiting list: number 1 in the queue.", Text(await calBrowser.GetDocumentAsync(SignUpPath(community, session)), "your-place"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_CancelTwice_GivesThePlaceAwayOnce()
    {
        var (community, session) = await SessionAsync(capacity: 1);
        var (_, annBrowser) = await JoinedAsync(community, "Ann Able");
        var (bea, beaBrowser) = await JoinedAsync(community, "Bea Bright");
        var (cal, calBrowser) = await JoinedAsync(community, "Cal Calm");
        await SignUpAsync(annBrowser, community, session);
        await SignUpAsync(beaBrowser, community, session);
        await SignUpAsync(calBrowser, community, session);
        var form = (await annBrowser.GetDocumentAsync(SignUpPath(community, session))).Form("form#cancel");

        using var first = await annBrowser.SubmitAsync(form);
        using var second = await annBrowser.SubmitAsync(form);

        Assert.Equal("You are not signed up to Session 1.", (await annBrowser.FollowAsync(second)).Notice());
        Assert.Equal(SignUpStatus.Booked, (await app.SignUpOfAsync(session, bea))!.Status);
        Assert.Equal(SignUpStatus.Waiting, (await app.SignUpOfAsync(session, cal))!.Status);
        Assert.Single(await app.MessagesToAsync(bea.Email!));
        Assert.Empty(await app.MessagesToAsync(cal.Email!));
    }

    [Fact]
    public async Task Post_LeaveTheWaitingList_BooksNobodyAndEmailsNobody()
    {
        var (community, session) = await SessionAsync(capacity: 1);
        var (ann, annBrowser) = await JoinedAsync(community, "Ann Able");
        var (bea, beaBrowser) = await JoinedAsync(community, "Bea Bright");
        var (cal, calBrowser) = await JoinedAsync(community, "Cal Calm");
        await SignUpAsync(annBrowser, community, session);
        await SignUpAsync(beaBrowser, community, session);
        await SignUpAsync(calBrowser, community, session);

        var page = await CancelAsync(beaBrowser, community, session);

        Assert.Equal("You have left the waiting list for Session 1.", page.Notice());
        Assert.Equal(SignUpStatus.Booked, (await app.SignUpOfAsync(session, ann))!.Status);
        Assert.Equal(SignUpStatus.Cancelled, (await app.SignUpOfAsync(session, bea))!.Status);
        Assert.Equal(SignUpStatus.Waiting, (await app.SignUpOfAsync(session, cal))!.Status);
        Assert.Empty(await app.MessagesToAsync(bea.Email!));
        Assert.Empty(await app.MessagesToAsync(cal.Email!));
        Assert.StartsWith("You are on the waiting list: number 1 in the queue.", Text(await calBrowser.GetDocumentAsync(SignUpPath(community, session)), "your-place"), StringComparison.Ordinal);
    }

    private Task<int> RaiseCapacityAsync(Session session, int capacity) =>
        app.WithDbAsync(async db =>
        {
            (await db.Sessions.SingleAsync(s => s.Id == session.Id)).Capacity = capacity;
            return await db.SaveChangesAsync();
        });

    [Fact]
    public async Task Post_SomeoneNewAfterPlacesWereAdded_BooksThoseWaitingFirstAndEmailsThem()
    {
        var (community, session) = await SessionAsync(capacity: 1);
        var (_, annBrowser) = await JoinedAsync(community, "Ann Able");
        var (bea, beaBrowser) = await JoinedAsync(community, "Bea Bright");
        var (cal, calBrowser) = await JoinedAsync(community, "Cal Calm");
        var (dev, devBrowser) = await JoinedAsync(community, "Dev Dawson");
        await SignUpAsync(annBrowser, community, session);
        await SignUpAsync(beaBrowser, community, session);
        await SignUpAsync(calBrowser, community, session);
        await RaiseCapacityAsync(session, 3);

        var page = await SignUpAsync(devBrowser, community, session);

        Assert.Equal("Session 1 is full, so you are on the waiting list. You are number 1 in the queue.", page.Notice());
        Assert.Equal(SignUpStatus.Booked, (await app.SignUpOfAsync(session, bea))!.Status);
        Assert.Equal(SignUpStatus.Booked, (await app.SignUpOfAsync(session, cal))!.Status);
        Assert.Equal(SignUpStatus.Waiting, (await app.SignUpOfAsync(session, dev))!.Status);
        Assert.Single(await app.MessagesToAsync(bea.Email!));
        Assert.Single(await app.MessagesToAsync(cal.Email!));
    }

    [Fact]
    public async Task Post_SavingNeedsWhileWaitingWhenPlacesWereAdded_SaysThePlaceIsTheirs()
    {
        var (community, session) = await SessionAsync(capacity: 1);
        var (_, annBrowser) = await JoinedAsync(community, "Ann Able");
        var (bea, beaBrowser) = await JoinedAsync(community, "Bea Bright");
        await SignUpAsync(annBrowser, community, session);
        await SignUpAsync(beaBrowser, community, session);
        await RaiseCapacityAsync(session, 2);

        var page = await SignUpAsync(beaBrowser, community, session);

        Assert.Equal("A place has come free, so you have a place at Session 1. Your access needs have been saved.", page.Notice());
        Assert.Equal(SignUpStatus.Booked, (await app.SignUpOfAsync(session, bea))!.Status);
        Assert.Empty(await app.MessagesToAsync(bea.Email!));
    }

    [Fact]
    public async Task Post_SignUpAgainAfterCancelling_JoinsTheBackOfTheQueueWhenThePlaceHasGone()
    {
        var (community, session) = await SessionAsync(capacity: 1);
        var (ann, annBrowser) = await JoinedAsync(community, "Ann Able");
        var (bea, beaBrowser) = await JoinedAsync(community, "Bea Bright");
        var (_, calBrowser) = await JoinedAsync(community, "Cal Calm");
        await SignUpAsync(annBrowser, community, session);
        await SignUpAsync(beaBrowser, community, session);
        await SignUpAsync(calBrowser, community, session);
        await CancelAsync(annBrowser, community, session);

        var page = await SignUpAsync(annBrowser, community, session);

        Assert.Equal("Session 1 is full, so you are on the waiting list. You are number 2 in the queue.", page.Notice());
        Assert.Equal(SignUpStatus.Booked, (await app.SignUpOfAsync(session, bea))!.Status);
        Assert.Single(await app.SignUpsAtAsync(session), s => s.PersonId == ann.Id);
    }

    [Fact]
    public async Task Post_NeedsInTheirOwnWordsTooLong_KeepsEverythingTypedAndSavesNothing()
    {
        var (community, session) = await SessionAsync();
        var (_, browser) = await JoinedAsync(community, "Ann Able");
        var tooLong = StepFree + " " + new string('x', 500 - StepFree.Length);
        var form = (await browser.GetDocumentAsync(SignUpPath(community, session))).Form("form#sign-up");

        using var response = await browser.SubmitAsync(form,
            [("Input.AccessNeeds", "Captions"), ("Input.AccessNeeds", "BslInterpreter"), ("Input.OtherAccessNeeds", tooLong)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal("Anything else that would help must be 500 characters or fewer (you have 501)", page.ErrorFor("Input_OtherAccessNeeds"));
        Assert.Contains("Anything else that would help must be 500 characters or fewer (you have 501)", page.ErrorSummary());
        Assert.Equal(tooLong, OtherNeeds(page));
        Assert.Equal(["A British Sign Language (BSL) interpreter", "Captions"],
            page.TicksOf("form#sign-up", "Input.AccessNeeds").Where(t => t.Value).Select(t => t.Key).Order());
        Assert.Empty(await app.SignUpsAtAsync(session));
    }

    [Fact]
    public async Task Post_ANeedNotOnTheList_IsRefusedWithWhatWasTypedKept()
    {
        var (community, session) = await SessionAsync();
        var (_, browser) = await JoinedAsync(community, "Ann Able");
        var form = (await browser.GetDocumentAsync(SignUpPath(community, session))).Form("form#sign-up");

        using var response = await browser.SubmitAsync(form,
            [("Input.AccessNeeds", "Telepathy"), ("Input.AccessNeeds", "Breaks"), ("Input.OtherAccessNeeds", StepFree)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal("Choose your access needs from the list", page.ErrorFor("Input_AccessNeeds"));
        Assert.Equal(StepFree, OtherNeeds(page));
        Assert.True(page.TicksOf("form#sign-up", "Input.AccessNeeds")["Breaks"]);
        Assert.Empty(await app.SignUpsAtAsync(session));
    }

    [Fact]
    public async Task Get_ACancelledSession_SaysWhyAndOffersNoForm()
    {
        var (community, session) = await SessionAsync();
        var (_, browser) = await JoinedAsync(community, "Ann Able");
        await app.CancelSessionAsync(session);

        var page = await browser.GetDocumentAsync(SignUpPath(community, session));
        using var post = await browser.PostWithTokenAsync(SignUpPath(community, session), ("Input.OtherAccessNeeds", StepFree));

        Assert.StartsWith("Session 1 has been cancelled, so you cannot sign up to it. The reason given: The venue flooded", Text(page, "closed"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form#sign-up"));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Empty(await app.SignUpsAtAsync(session));
    }

    [Fact]
    public async Task Post_ASessionThatHasEnded_SignsNobodyUpAndSaysTheyCanComeToAnother()
    {
        var (community, session) = await SessionAsync(date: TestClock.Today.AddDays(-78));
        var (_, browser) = await JoinedAsync(community, "Ann Able");

        var page = await browser.GetDocumentAsync(SignUpPath(community, session));
        using var post = await browser.PostWithTokenAsync(SignUpPath(community, session), ("Input.AccessNeeds", "Captions"));

        Assert.Equal("Session 1 has ended, so you cannot sign up to it now. You can come to any other session, whichever ones you have missed.", Text(page, "closed"));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Empty(await app.SignUpsAtAsync(session));
    }

    [Fact]
    public async Task Post_CancelAfterTheSessionWasCancelled_ChangesNothing()
    {
        var (community, session) = await SessionAsync(capacity: 1);
        var (ann, annBrowser) = await JoinedAsync(community, "Ann Able");
        var (bea, beaBrowser) = await JoinedAsync(community, "Bea Bright");
        await SignUpAsync(annBrowser, community, session);
        await SignUpAsync(beaBrowser, community, session);
        var form = (await annBrowser.GetDocumentAsync(SignUpPath(community, session))).Form("form#cancel");
        await app.CancelSessionAsync(session);

        using var response = await annBrowser.SubmitAsync(form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(SignUpStatus.Booked, (await app.SignUpOfAsync(session, ann))!.Status);
        Assert.Equal(SignUpStatus.Waiting, (await app.SignUpOfAsync(session, bea))!.Status);
        Assert.Empty(await app.MessagesToAsync(bea.Email!));
    }

    [Fact]
    public async Task Post_SignUp_ReturnsToTheSessionWithASuccessBannerAndItsCalendarNearTheTop()
    {
        // Arrange
        var (community, session) = await SessionAsync();
        var (_, browser) = await JoinedAsync(community, "Ann Able");

        // Act
        var page = await SignUpAsync(browser, community, session);

        // Assert
        Assert.Equal("Session 1", page.Heading());
        Assert.Equal("You have a place at Session 1.", page.Notice());
        var calendar = page.GetElementById("calendar-file");
        Assert.NotNull(calendar);
        Assert.True(calendar.CompareDocumentPosition(page.GetElementById("details")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following), "The calendar link comes before the session's details.");
    }
}
