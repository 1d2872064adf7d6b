using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Roundtable.Core.Attendance;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Tests.Infrastructure;
using static Roundtable.Web.Tests.PageTests.Attendance.AttendanceTestData;
using static Roundtable.Web.Tests.PageTests.Attendance.Reports;

namespace Roundtable.Web.Tests.PageTests.Attendance;

// Report rows that matched nobody, resolved by a person: this is that member, a guest, or
// someone to leave out.
[Collection(SharedApps.Sessions)]
public class UnmatchedTests(RoundtableApp app)
{
    private const string Report =
        "Name,Email,Join Time,Leave Time\n" +
        "J. Doe,jd@personal.example,14:05,15:55\n" +
        "Val Visitor,,14:10,16:00\n" +
        "iPhone (2),,14:20,14:21\n";

    private sealed record Imported(Community Community, Session Session, HttpClient Browser, Person Jane, IDocument Page)
    {
        public string Path => RegisterPath(Community, Session);
    }

    private async Task<Imported> ImportedAsync()
    {
        var (community, _, browser) = await app.CommunityWithFacilitatorAsync();
        var session = await app.CreateSessionAsync(community, SessionDate);
        var jane = await app.MemberAsync(community, "Jane Doe", "jane.doe@nhs.example");
        var page = await browser.UploadAndFollowAsync(community, session, Utf8(Report));
        return new Imported(community, session, browser, jane, page);
    }

    private async Task<UnmatchedAttendee> RowAsync(Session session, string name) =>
        (await app.UnmatchedAtAsync(session)).Single(u => u.Name == name);

    private static IHtmlFormElement FormFor(IDocument page, UnmatchedAttendee row) =>
        page.Form($"#unmatched-{row.Id:N} form");

    private static async Task<IDocument> ResolveAsync(HttpClient browser, IHtmlFormElement form, string resolution, Guid? person = null)
    {
        using var response = await browser.SubmitAsync(form, [("resolution", resolution), ("person", person?.ToString() ?? "")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await browser.FollowAsync(response);
    }

    [Fact]
    public async Task Get_AfterAnImport_ListsEachRowToResolveWithTheMembersNotYetThere()
    {
        var imported = await ImportedAsync();

        Assert.Equal("Not matched (3)", imported.Page.GetElementById("not-matched-rows")?.TextContent.Trim());
        var row = await RowAsync(imported.Session, "J. Doe");
        var card = imported.Page.GetElementById($"unmatched-{row.Id:N}")!;
        Assert.Equal("J. Doe", card.QuerySelector("h3")!.TextContent.Trim());
        Assert.Equal("jd@personal.example, joined 14:05, left 15:55", Squash(card.QuerySelector("p")!.TextContent));
        var choices = card.QuerySelectorAll("select[name=person] option").Select(o => Squash(o.TextContent)).ToList();
        Assert.Equal(3, choices.Count);
        Assert.Equal("Choose a member", choices[0]);
        Assert.StartsWith("Fran Facilitator (", choices[1], StringComparison.Ordinal);
        Assert.Equal("Jane Doe (jane.doe@nhs.example)", choices[2]);
    }

    [Fact]
    public async Task Post_ResolveAsAMember_MarksThemHereWithTheReportsTimesOnce()
    {
        var imported = await ImportedAsync();
        var row = await RowAsync(imported.Session, "J. Doe");
        var form = FormFor(imported.Page, row);

        var first = await ResolveAsync(imported.Browser, form, "Member", imported.Jane.Id);
        var second = await ResolveAsync(imported.Browser, form, "Member", imported.Jane.Id);

        Assert.Equal("J. Doe is Jane Doe, marked as here.", first.Notice());
        Assert.Equal("J. Doe had already been resolved.", second.Notice());
        var came = Assert.Single(await app.AttendanceAtAsync(imported.Session));
        Assert.Equal((imported.Jane.Id, AttendanceSource.Imported, At(14, 5), At(15, 55)), (came.PersonId, came.Source, came.JoinedAt, came.LeftAt));
        Assert.Equal(AttendanceRecords.ResolvedAsMember, (await RowAsync(imported.Session, "J. Doe")).Resolution);
        Assert.Equal("Not matched (2)", second.GetElementById("not-matched-rows")?.TextContent.Trim());
        Assert.Equal([["J. Doe (jd@personal.example)", "Member"]], second.RowsOf("resolved-rows"));
        Assert.True(second.TicksOf("form#mark", "Mark.Present")["Jane Doe"]);
    }

    [Fact]
    public async Task Post_ResolveAsAGuest_CountsThemAsAGuest()
    {
        var imported = await ImportedAsync();
        var row = await RowAsync(imported.Session, "Val Visitor");

        var page = await ResolveAsync(imported.Browser, FormFor(imported.Page, row), "Guest");

        Assert.Equal("Val Visitor is marked as here, as a guest.", page.Notice());
        var came = Assert.Single(await app.AttendanceAtAsync(imported.Session));
        Assert.Equal(("Val Visitor", null, At(14, 10)), (came.GuestName, came.PersonId, came.JoinedAt));
        Assert.Equal("1 (0 members and 1 guest)", page.SummaryOf("session-figures")["Attended"]);
        var box = page.QuerySelector("form#mark input[name='Mark.Guests']")!;
        Assert.Equal("From the attendance report", Squash(page.GetElementById(box.GetAttribute("aria-describedby")!)!.TextContent));
    }

    [Fact]
    public async Task Post_LeaveOut_CountsNobody()
    {
        var imported = await ImportedAsync();
        var row = await RowAsync(imported.Session, "iPhone (2)");

        var page = await ResolveAsync(imported.Browser, FormFor(imported.Page, row), "LeaveOut");

        Assert.Equal("iPhone (2) has been left out.", page.Notice());
        Assert.Empty(await app.AttendanceAtAsync(imported.Session));
        Assert.Equal([["iPhone (2)", "Left out"]], page.RowsOf("resolved-rows"));
    }

    [Fact]
    public async Task Post_ThisIsThemWithoutChoosingAMember_SaysSoBesideTheRowAndChangesNothing()
    {
        var imported = await ImportedAsync();
        var row = await RowAsync(imported.Session, "J. Doe");

        using var response = await imported.Browser.SubmitAsync(FormFor(imported.Page, row), [("resolution", "Member"), ("person", "")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        const string message = "Choose the member this is, or add them as a guest, or leave them out";
        Assert.Equal(message, page.ErrorFor($"person-{row.Id:N}"));
        Assert.Contains(message, page.ErrorSummary());
        Assert.Null((await RowAsync(imported.Session, "J. Doe")).ResolvedAt);
        Assert.Empty(await app.AttendanceAtAsync(imported.Session));
    }

    [Fact]
    public async Task Post_ThisIsSomeoneWhoIsNotAMember_SaysSoBesideTheRowAndChangesNothing()
    {
        var imported = await ImportedAsync();
        var row = await RowAsync(imported.Session, "J. Doe");
        var outsider = await app.CreatePersonAsync("Olu Outsider");

        using var response = await imported.Browser.SubmitAsync(FormFor(imported.Page, row), [("resolution", "Member"), ("person", outsider.Id.ToString())]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("They are not a member of this community now", (await response.ToDocumentAsync()).ErrorFor($"person-{row.Id:N}"));
        Assert.Null((await RowAsync(imported.Session, "J. Doe")).ResolvedAt);
        Assert.Empty(await app.AttendanceAtAsync(imported.Session));
    }

    [Fact]
    public async Task Post_ARowOfAnotherSession_IsNotFound()
    {
        var imported = await ImportedAsync();
        var row = await RowAsync(imported.Session, "Val Visitor");
        var other = await app.CreateSessionAsync(imported.Community, SessionDate.AddDays(-7));

        using var response = await imported.Browser.PostWithTokenAsync(RegisterPath(imported.Community, other) + "?handler=Resolve",
            ("unmatched", row.Id.ToString()), ("resolution", "Guest"));

        Assert.Equal($"Session {other.Number} has no attendance report row with this id.", (await imported.Browser.FollowAsync(response)).Notice());
        Assert.Null((await RowAsync(imported.Session, "Val Visitor")).ResolvedAt);
        Assert.Empty(await app.AttendanceAtAsync(other));
    }
}
