using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Sessions;
using static Roundtable.Web.Tests.PageTests.Attendance.AttendanceTestData;

namespace Roundtable.Web.Tests.PageTests.Attendance;

// The facilitator's register: marking who came in the room, walk-ins and guests.
[Collection(SharedApps.Sessions)]
public class RegisterTests(RoundtableApp app)
{
    private sealed record Room(Community Community, Session Session, Person Facilitator, HttpClient Browser, Person Ann, Person Bea, Person Cal)
    {
        public string Path => RegisterPath(Community, Session);
    }

    // A session today: Ann has a place, Bea is waiting, Cal did not sign up.
    private async Task<Room> RoomAsync()
    {
        var (community, facilitator, browser) = await app.CommunityWithFacilitatorAsync();
        var session = await app.CreateSessionAsync(community, app.Today, capacity: 1);
        var ann = await app.MemberAsync(community, "Ann Able", "ann.able@example.org");
        var bea = await app.MemberAsync(community, "Bea Bright");
        var cal = await app.MemberAsync(community, "Cal Calm");
        await app.SignUpAsync(session, ann);
        await app.SignUpAsync(session, bea, SignUpStatus.Waiting);
        return new Room(community, session, facilitator, browser, ann, bea, cal);
    }

    private static async Task<IDocument> SubmitAndFollowAsync(HttpClient browser, IHtmlFormElement form, IEnumerable<(string Name, string? Value)> typed)
    {
        using var response = await browser.SubmitAsync(form, typed);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await browser.FollowAsync(response);
    }

    private static IEnumerable<(string, string?)> Present(params Person[] people) =>
        people.Length == 0 ? [("Mark.Present", null)] : people.Select(p => ("Mark.Present", (string?)p.Id.ToString()));

    [Fact]
    public async Task Get_ListsThoseBookedFirstThenEveryoneElse()
    {
        var room = await RoomAsync();

        var page = await room.Browser.GetDocumentAsync(room.Path);

        Assert.Equal("Attendance at Session 1", page.Heading());
        Assert.Equal(["Booked (1)", "Everyone else in the community"], page.QuerySelectorAll("form#mark h3").Select(h => h.TextContent.Trim()));
        var ticks = page.TicksOf("form#mark", "Mark.Present");
        Assert.Equal(["Ann Able", "Bea Bright", "Cal Calm", "Fran Facilitator"], ticks.Keys);
        Assert.All(ticks.Values, Assert.False);
        Assert.Contains("ann.able@example.org", page.QuerySelector("form#mark")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("on the waiting list", page.QuerySelectorAll("form#mark .nhsuk-checkboxes__hint")[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("No attendance has been recorded for this session yet.", page.GetElementById("session-figures-none")?.TextContent.Trim());
    }

    [Fact]
    public async Task Get_SomeoneWhoCameToNoEarlierSession_IsTaggedNewForAWelcome()
    {
        // Arrange: Ann came to the session four weeks ago; Cal has never come
        var room = await RoomAsync();
        var earlier = await app.CreateSessionAsync(room.Community, app.Today.AddDays(-28));
        await Breakouts.BreakoutsTestData.AttendAsync(app, earlier, room.Ann);

        // Act
        var page = await room.Browser.GetDocumentAsync(room.Path);

        // Assert
        string? TagOf(Person person) => page.QuerySelector($"form#mark input[type=checkbox][value='{person.Id}']")?.ParentElement?.QuerySelector(".nhsuk-tag")?.TextContent.Trim();
        Assert.Null(TagOf(room.Ann));
        Assert.Equal("New", TagOf(room.Cal));
        var calBox = page.QuerySelector($"form#mark input[type=checkbox][value='{room.Cal.Id}']")!;
        Assert.StartsWith("New", page.GetElementById(calBox.GetAttribute("aria-describedby")!)?.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Mark_RecordsWhoCameAndTheSameFormSentAgainChangesNothing()
    {
        var room = await RoomAsync();
        var form = (await room.Browser.GetDocumentAsync(room.Path)).Form("form#mark");

        var first = await SubmitAndFollowAsync(room.Browser, form, Present(room.Ann, room.Cal));
        var second = await SubmitAndFollowAsync(room.Browser, form, Present(room.Ann, room.Cal));

        Assert.Equal("Attendance saved: 2 people added, 0 taken off.", first.Notice());
        Assert.Equal("Attendance saved. Nothing had changed.", second.Notice());
        var ticks = second.TicksOf("form#mark", "Mark.Present");
        Assert.Equal(["Ann Able", "Cal Calm"], ticks.Where(t => t.Value).Select(t => t.Key));
        var came = await app.AttendanceAtAsync(room.Session);
        Assert.Equal([room.Ann.Id, room.Cal.Id], came.Select(a => a.PersonId!.Value).Order());
        Assert.All(came, a => Assert.Equal((AttendanceSource.Marked, room.Facilitator.Id), (a.Source, a.RecordedById)));
        Assert.Equal("2", second.SummaryOf("session-figures")["Attended"]);
    }

    [Fact]
    public async Task Post_Mark_UntickingSomeoneTakesThemOff()
    {
        var room = await RoomAsync();
        await app.CameAsync(room.Session, [room.Ann, room.Cal]);
        var form = (await room.Browser.GetDocumentAsync(room.Path)).Form("form#mark");

        var page = await SubmitAndFollowAsync(room.Browser, form, Present(room.Ann));

        Assert.Equal("Attendance saved: 0 people added, 1 taken off.", page.Notice());
        Assert.Equal(room.Ann.Id, Assert.Single(await app.AttendanceAtAsync(room.Session)).PersonId);
    }

    [Fact]
    public async Task Post_Mark_KeepsSomeoneMarkedByAnotherFacilitatorWhoWasNotOnThisPage()
    {
        var room = await RoomAsync();
        var form = (await room.Browser.GetDocumentAsync(room.Path)).Form("form#mark");
        var dev = await app.MemberAsync(room.Community, "Dev Dawson");
        await app.CameAsync(room.Session, [dev]);

        await SubmitAndFollowAsync(room.Browser, form, Present(room.Ann));

        Assert.Equal([room.Ann.Id, dev.Id], (await app.AttendanceAtAsync(room.Session)).Select(a => a.PersonId!.Value).Order());
    }

    [Fact]
    public async Task Post_WalkIn_AddsAMemberInOneClickAndOnlyOnce()
    {
        var room = await RoomAsync();
        var form = (await room.Browser.GetDocumentAsync(room.Path)).Form("form#walk-in-member");

        var first = await SubmitAndFollowAsync(room.Browser, form, [("WalkIn", room.Cal.Id.ToString())]);
        var second = await SubmitAndFollowAsync(room.Browser, form, [("WalkIn", room.Cal.Id.ToString())]);

        Assert.Equal("Cal Calm is marked as here.", first.Notice());
        Assert.Equal("Cal Calm was already marked as here.", second.Notice());
        Assert.Equal(room.Cal.Id, Assert.Single(await app.AttendanceAtAsync(room.Session)).PersonId);
        Assert.True(second.TicksOf("form#mark", "Mark.Present")["Cal Calm"]);
        var choices = second.QuerySelectorAll("#WalkIn option").Select(o => o.GetAttribute("value")).ToList();
        Assert.DoesNotContain(room.Cal.Id.ToString(), choices);
        Assert.Contains(room.Ann.Id.ToString(), choices);
    }

    [Fact]
    public async Task Post_TheSameWalkInTwiceAtOnce_IsOneRecord()
    {
        var room = await RoomAsync();
        var form = (await room.Browser.GetDocumentAsync(room.Path)).Form("form#walk-in-member");
        IEnumerable<(string, string?)> typed = [("WalkIn", room.Cal.Id.ToString())];

        var responses = await Task.WhenAll(room.Browser.SubmitAsync(form, typed), room.Browser.SubmitAsync(form, typed));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(room.Cal.Id, Assert.Single(await app.AttendanceAtAsync(room.Session)).PersonId);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Post_WalkIn_WithoutChoosingSomeone_SaysWhatToDo()
    {
        var room = await RoomAsync();

        using var response = await room.Browser.SubmitAsync(room.Path, new Dictionary<string, string> { ["WalkIn"] = "" }, "form#walk-in-member");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal("Choose the member who walked in", page.ErrorFor("WalkIn"));
        Assert.Contains("Choose the member who walked in", page.ErrorSummary());
        Assert.Empty(await app.AttendanceAtAsync(room.Session));
    }

    [Fact]
    public async Task Post_WalkIn_SomeoneWhoIsNotAMember_SaysSoAndIsNotCounted()
    {
        var room = await RoomAsync();
        var stranger = await app.CreatePersonAsync("Sol Stranger");
        var form = (await room.Browser.GetDocumentAsync(room.Path)).Form("form#walk-in-member");

        using var response = await room.Browser.SubmitAsync(form, [("WalkIn", stranger.Id.ToString())]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("They are not a member of this community now", (await response.ToDocumentAsync()).ErrorFor("WalkIn"));
        Assert.Empty(await app.AttendanceAtAsync(room.Session));
    }

    [Fact]
    public async Task Post_Guest_IsCountedOnceHoweverTheNameIsSpacedAndCanBeTakenOff()
    {
        var room = await RoomAsync();
        var form = (await room.Browser.GetDocumentAsync(room.Path)).Form("form#walk-in-guest");

        var first = await SubmitAndFollowAsync(room.Browser, form, [("GuestName", "Gita Guest")]);
        var second = await SubmitAndFollowAsync(room.Browser, form, [("GuestName", "  gita   GUEST ")]);

        Assert.Equal("Gita Guest is marked as here, as a guest.", first.Notice());
        Assert.Equal("A guest called gita GUEST was already marked as here.", Squash(second.Notice()!));
        var guest = Assert.Single(await app.AttendanceAtAsync(room.Session));
        Assert.Equal(("Gita Guest", null), (guest.GuestName, guest.PersonId));
        Assert.Equal(new Dictionary<string, bool> { ["Gita Guest"] = true }, second.TicksOf("form#mark", "Mark.Guests"));
        Assert.Equal("1 (0 members and 1 guest)", second.SummaryOf("session-figures")["Attended"]);

        var off = await SubmitAndFollowAsync(room.Browser, second.Form("form#mark"), [("Mark.Guests", null)]);

        Assert.Equal("Attendance saved: 0 people added, 1 taken off.", off.Notice());
        Assert.Empty(await app.AttendanceAtAsync(room.Session));
    }

    [Theory]
    [InlineData("", "Enter the guest's name")]
    [InlineData("   ", "Enter the guest's name")]
    public async Task Post_Guest_WithoutAName_SaysWhatToDo(string typed, string message)
    {
        var room = await RoomAsync();

        using var response = await room.Browser.SubmitAsync(room.Path, new Dictionary<string, string> { ["GuestName"] = typed }, "form#walk-in-guest");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, (await response.ToDocumentAsync()).ErrorFor("GuestName"));
        Assert.Empty(await app.AttendanceAtAsync(room.Session));
    }

    [Fact]
    public async Task Post_Guest_NameTooLong_KeepsWhatWasTyped()
    {
        var room = await RoomAsync();
        var typed = "Gita " + new string('G', 116);

        using var response = await room.Browser.SubmitAsync(room.Path, new Dictionary<string, string> { ["GuestName"] = typed }, "form#walk-in-guest");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal("The guest's name must be 120 characters or fewer (you have 121)", page.ErrorFor("GuestName"));
        Assert.Equal(typed, page.QuerySelector<IHtmlInputElement>("#GuestName")!.Value);
        Assert.Empty(await app.AttendanceAtAsync(room.Session));
    }

    [Fact]
    public async Task Get_BeforeTheDayOfTheSession_SaysWhenItOpensAndRecordsNothing()
    {
        var (community, _, browser) = await app.CommunityWithFacilitatorAsync();
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(1));
        var ann = await app.MemberAsync(community, "Ann Able");

        var page = await browser.GetDocumentAsync(RegisterPath(community, session));
        using var mark = await browser.PostWithTokenAsync(RegisterPath(community, session) + "?handler=Mark",
            ("Mark.Shown", ann.Id.ToString()), ("Mark.Present", ann.Id.ToString()));
        using var walkIn = await browser.PostWithTokenAsync(RegisterPath(community, session) + "?handler=WalkIn", ("WalkIn", ann.Id.ToString()));
        using var guest = await browser.PostWithTokenAsync(RegisterPath(community, session) + "?handler=Guest", ("GuestName", "Gita Guest"));

        Assert.Equal("Attendance can be recorded from the day of Session 1.", page.GetElementById("closed")?.TextContent.Replace("Information:", "").Trim());
        Assert.Null(page.QuerySelector("form#mark"));
        Assert.Null(page.QuerySelector("form#import"));
        Assert.All(new[] { mark, walkIn, guest }, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Empty(await app.AttendanceAtAsync(session));
    }

    [Fact]
    public async Task Get_ACancelledSession_HasNoRegister()
    {
        var (community, _, browser) = await app.CommunityWithFacilitatorAsync();
        var session = await app.CreateSessionAsync(community, app.Today.AddDays(-7));
        var ann = await app.MemberAsync(community, "Ann Able");
        await app.CancelSessionAsync(session);

        var page = await browser.GetDocumentAsync(RegisterPath(community, session));
        using var walkIn = await browser.PostWithTokenAsync(RegisterPath(community, session) + "?handler=WalkIn", ("WalkIn", ann.Id.ToString()));

        Assert.Equal("Session 1 was cancelled, so there is no attendance to record.", page.GetElementById("closed")?.TextContent.Replace("Information:", "").Trim());
        Assert.Null(page.QuerySelector("form#mark"));
        Assert.Equal(HttpStatusCode.Redirect, walkIn.StatusCode);
        Assert.Empty(await app.AttendanceAtAsync(session));
    }

    [Fact]
    public async Task Get_SomeoneWhoCameAndHasSinceLeft_IsStillCountedButNotListed()
    {
        var room = await RoomAsync();
        await app.CameAsync(room.Session, [room.Ann, room.Bea]);
        await app.LeaveCommunityAsync(room.Community, room.Bea);

        var page = await room.Browser.GetDocumentAsync(room.Path);

        Assert.Equal("1 person who came has since left the community. They are still counted.", page.GetElementById("former-members")?.TextContent.Trim());
        Assert.DoesNotContain("Bea Bright", page.TicksOf("form#mark", "Mark.Present").Keys);
        Assert.Equal("2", page.SummaryOf("session-figures")["Attended"]);

        // Saving the register as it stands keeps her: she was not on it to untick.
        await SubmitAndFollowAsync(room.Browser, page.Form("form#mark"), Present(room.Ann));
        Assert.Equal(2, (await app.AttendanceAtAsync(room.Session)).Count);
    }
}
