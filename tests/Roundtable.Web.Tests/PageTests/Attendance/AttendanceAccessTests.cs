using System.Net;
using Microsoft.EntityFrameworkCore;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Security;
using static Roundtable.Web.Tests.Security.Visitor;

namespace Roundtable.Web.Tests.PageTests.Attendance;

// Who may use each attendance page and handler, and who may not: 200, a redirect to sign in,
// 403, or 404 for a community they may not know exists, or for a session that is not there
// (preparation meetings have no sign-up, list or register).
[Collection(AccessTables.Name)]
public class AttendanceAccessTests(AccessFixture app) : AccessMatrix
{
    private static readonly int[] Nobody = [404, 404, 404, 404, 404, 404, 404];
    private static readonly int[] OnlyAdmins = [404, 404, 404, 404, 404, 404, 200];
    private static readonly int[] Members = [SignIn, 403, 200, 200, 200, 200, 200];
    private static readonly int[] Planners = [SignIn, 403, 403, 403, 200, 200, 200];

    //                                                                              Anon  NonMem Member LivedEx Facil CoLead Admin
    private static readonly (string Path, int[] Expected)[] Pages =
    [
        // A site admin who is not a member has no place to sign up with.
        ("/communities/{listed}/sessions/2/sign-up", [SignIn, 403, 200, 200, 200, 200, 404]),
        ("/communities/{hidden}/sessions/1/sign-up", Nobody),
        ("/communities/no-such-community/sessions/1/sign-up", Nobody),
        // Preparation meeting 3 is not session 3, and no preparation meeting has a sign-up page.
        ("/communities/{listed}/sessions/3/sign-up", [SignIn, 403, 404, 404, 404, 404, 404]),
        ("/communities/{listed}/sessions/9/sign-up", [SignIn, 403, 404, 404, 404, 404, 404]),
        ("/communities/{listed}/preparation-meetings/3/sign-up", Nobody),
        ("/communities/{listed}/sessions/2/sign-ups", Planners),
        ("/communities/{hidden}/sessions/1/sign-ups", OnlyAdmins),
        ("/communities/{listed}/sessions/3/sign-ups", [SignIn, 403, 403, 403, 404, 404, 404]),
        ("/communities/{listed}/preparation-meetings/3/sign-ups", Nobody),
        ("/communities/{listed}/sessions/2/attendance", Planners),
        ("/communities/{hidden}/sessions/1/attendance", OnlyAdmins),
        ("/communities/{listed}/sessions/3/attendance", [SignIn, 403, 403, 403, 404, 404, 404]),
        ("/communities/{listed}/preparation-meetings/3/attendance", Nobody),
        ("/communities/no-such-community/sessions/1/attendance", Nobody),
        ("/communities/{listed}/attendance", Members),
        ("/communities/{hidden}/attendance", OnlyAdmins),
        ("/communities/no-such-community/attendance", Nobody),
        ("/css/attendance.css", [200, 200, 200, 200, 200, 200, 200]),
    ];

    public static TheoryData<string, Visitor, int> PageRows() => Rows(Pages);

    [Theory]
    [MemberData(nameof(PageRows))]
    public async Task Get_AttendancePage_AnswersEachVisitorAsDeclared(string path, Visitor visitor, int expected)
    {
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.GetAsync(Resolve(app.AttendancePlaces, path));

        AssertAnswered(response, expected);
    }

    [Theory]
    [InlineData("/communities/{hidden}/sessions/1/sign-up", 200)]
    [InlineData("/communities/{hidden}/sessions/1/sign-ups", 403)]
    [InlineData("/communities/{hidden}/sessions/1/attendance", 403)]
    [InlineData("/communities/{hidden}/attendance", 200)]
    public async Task Get_HiddenCommunitysPages_AsItsOwnMember_AnswerAsForAnyMember(string path, int expected)
    {
        var browser = await app.BrowserForAsync(app.AttendancePlaces.HiddenMember);

        using var response = await browser.GetAsync(Resolve(app.AttendancePlaces, path));

        AssertAnswered(response, expected);
    }

    [Theory]
    [InlineData("/communities/{hidden}/sessions/1/sign-ups")]
    [InlineData("/communities/{hidden}/sessions/1/attendance")]
    public async Task Get_HiddenCommunitysPlannerPages_AsItsFacilitator_AreOpen(string path)
    {
        var browser = await app.BrowserForAsync(app.AttendancePlaces.HiddenFacilitator);

        using var response = await browser.GetAsync(Resolve(app.AttendancePlaces, path));

        AssertAnswered(response, 200);
    }

    public static TheoryData<Visitor, int> NotMembers() => new()
    {
        { Anonymous, SignIn },
        { NonMember, 403 },
        { Visitor.Admin, 404 },
    };

    [Theory]
    [MemberData(nameof(NotMembers))]
    public async Task Post_SignUpOrCancel_AsSomeoneNotAMember_IsRefusedAndSignsNobodyUp(Visitor visitor, int expected)
    {
        var browser = await app.BrowserAsAsync(visitor);
        var path = Resolve(app.AttendancePlaces, "/communities/{listed}/sessions/2/sign-up");

        using var signUp = await browser.PostWithTokenAsync(path, ("Input.AccessNeeds", "Captions"));
        using var cancel = await browser.PostWithTokenAsync(path + "?handler=Cancel");

        AssertAnswered(signUp, expected);
        AssertAnswered(cancel, expected);
        if (visitor != Anonymous)
        {
            Assert.Null(await app.SignUpOfAsync(app.AttendancePlaces.ListedSession, app.PersonFor(visitor)));
        }
    }

    [Theory]
    [InlineData(Member)]
    [InlineData(Facilitator)]
    [InlineData(CoLead)]
    public async Task Post_SignUpInAHiddenCommunity_AsAMemberOfAnotherCommunity_IsNotFound(Visitor visitor)
    {
        var browser = await app.BrowserAsAsync(visitor);

        using var response = await browser.PostWithTokenAsync(Resolve(app.AttendancePlaces, "/communities/{hidden}/sessions/1/sign-up"), ("Input.AccessNeeds", "Captions"));

        AssertAnswered(response, 404);
        Assert.Null(await app.SignUpOfAsync(app.AttendancePlaces.HiddenSession, app.PersonFor(visitor)));
    }

    [Fact]
    public async Task Post_SignUpToAPreparationMeetingsNumber_IsNotFoundAndSignsNobodyUp()
    {
        var browser = await app.BrowserAsAsync(LivedExpert);
        var before = await app.WithDbAsync(db => db.SignUps.CountAsync());

        using var asSession = await browser.PostWithTokenAsync(Resolve(app.AttendancePlaces, "/communities/{listed}/sessions/3/sign-up"), ("Input.AccessNeeds", "Captions"));
        using var asMeeting = await browser.PostWithTokenAsync(Resolve(app.AttendancePlaces, "/communities/{listed}/preparation-meetings/3/sign-up"), ("Input.AccessNeeds", "Captions"));

        AssertAnswered(asSession, 404);
        AssertAnswered(asMeeting, 404);
        Assert.Equal(before, await app.WithDbAsync(db => db.SignUps.CountAsync()));
    }

    public static TheoryData<Visitor, int> NotPlanners() => new()
    {
        { Anonymous, SignIn },
        { NonMember, 403 },
        { Member, 403 },
        { LivedExpert, 403 },
    };

    // Every register handler, with what a facilitator would send.
    private IEnumerable<(string Handler, (string Name, string Value)[] Fields)> RegisterPosts(string guestName)
    {
        var member = app.PersonFor(Member).Id.ToString();
        yield return ("Mark", [("Mark.Shown", member), ("Mark.Present", member)]);
        yield return ("WalkIn", [("WalkIn", member)]);
        yield return ("Guest", [("GuestName", guestName)]);
        yield return ("Import", []);
        yield return ("Resolve", [("unmatched", app.AttendancePlaces.UnmatchedRowId.ToString()), ("resolution", "Guest")]);
        yield return ("Forget", [("remembered", Guid.NewGuid().ToString())]);
    }

    [Theory]
    [MemberData(nameof(NotPlanners))]
    public async Task Post_AnyRegisterHandler_AsSomeoneNotAFacilitator_IsRefusedAndRecordsNothing(Visitor visitor, int expected)
    {
        var browser = await app.BrowserAsAsync(visitor);
        var path = Resolve(app.AttendancePlaces, "/communities/{listed}/sessions/2/attendance");

        foreach (var (handler, fields) in RegisterPosts($"Guest of {visitor}"))
        {
            using var response = await browser.PostWithTokenAsync($"{path}?handler={handler}", fields);
            AssertAnswered(response, expected);
        }

        var came = await app.AttendanceAtAsync(app.AttendancePlaces.ListedSession);
        Assert.DoesNotContain(came, a => a.PersonId == app.PersonFor(Member).Id || a.GuestName == $"Guest of {visitor}" || a.GuestName == "Val Visitor");
        Assert.Null((await app.UnmatchedAtAsync(app.AttendancePlaces.ListedSession)).Single().ResolvedAt);
    }

    [Theory]
    [InlineData(Member)]
    [InlineData(Facilitator)]
    [InlineData(CoLead)]
    public async Task Post_AnyRegisterHandler_InAHiddenCommunity_AsSomeoneNotInIt_IsNotFound(Visitor visitor)
    {
        var browser = await app.BrowserAsAsync(visitor);
        var path = Resolve(app.AttendancePlaces, "/communities/{hidden}/sessions/1/attendance");

        foreach (var (handler, fields) in RegisterPosts($"Hidden guest of {visitor}"))
        {
            using var response = await browser.PostWithTokenAsync($"{path}?handler={handler}", fields);
            AssertAnswered(response, 404);
        }

        Assert.Empty(await app.AttendanceAtAsync(app.AttendancePlaces.HiddenSession));
    }

    [Theory]
    [InlineData(Facilitator)]
    [InlineData(CoLead)]
    [InlineData(Visitor.Admin)]
    public async Task Post_AddGuest_AsSomeoneWhoRunsSessions_IsRecorded(Visitor visitor)
    {
        var browser = await app.BrowserAsAsync(visitor);
        var path = Resolve(app.AttendancePlaces, "/communities/{listed}/sessions/2/attendance");
        var guest = $"Guest let in by {visitor}";

        using var response = await browser.PostWithTokenAsync($"{path}?handler=Guest", ("GuestName", guest));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(path, response.Headers.Location?.OriginalString);
        var came = Assert.Single(await app.AttendanceAtAsync(app.AttendancePlaces.ListedSession), a => a.GuestName == guest);
        Assert.Equal(app.PersonFor(visitor).Id, came.RecordedById);
    }

    [Theory]
    [InlineData(Member, false)]
    [InlineData(LivedExpert, false)]
    [InlineData(Facilitator, true)]
    [InlineData(CoLead, true)]
    [InlineData(Visitor.Admin, true)]
    public async Task Get_AcrossSessions_LinksToRegistersOnlyForThoseWhoMayOpenThem(Visitor visitor, bool links)
    {
        var browser = await app.BrowserAsAsync(visitor);

        var page = await browser.GetDocumentAsync(Resolve(app.AttendancePlaces, "/communities/{listed}/attendance"));

        Assert.Equal(links, page.QuerySelector("#attendance-table a[href$='/sessions/1/attendance']") is not null);
    }
}
