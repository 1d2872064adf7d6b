using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Tests.Infrastructure;
using static Roundtable.Web.Tests.PageTests.Attendance.AttendanceTestData;
using static Roundtable.Web.Tests.PageTests.Attendance.Reports;

namespace Roundtable.Web.Tests.PageTests.Attendance;

// Importing an online meeting's attendance report through the register page: what is matched,
// what is not and why, and that a file that cannot be read changes nothing.
[Collection(SharedApps.Sessions)]
public class ImportTests(RoundtableApp app)
{
    private async Task<TeamsMeeting> MeetingAsync() => await app.TeamsMeetingAsync(await app.CreateCommunityAsync());

    private static List<string> Items(IDocument page, string id) =>
        page.QuerySelectorAll($"#{id} li").Select(li => Squash(li.TextContent)).ToList();

    [Fact]
    public async Task Post_ATeamsAttendanceReport_AddsThoseItMatchesAndListsTheRestWithTheReason()
    {
        var meeting = await MeetingAsync();
        var people = meeting.People;

        var page = await meeting.Browser.UploadAndFollowAsync(meeting.Community, meeting.Session, Utf16WithBom(Teams), TeamsFileName);

        Assert.Equal("Attendance report imported: 5 people added, 4 not matched.", page.Notice());
        Assert.Equal($"We read {TeamsFileName} as a Microsoft Teams attendance report. Nothing else was changed.",
            Squash(page.QuerySelector("#import-report p")!.TextContent));
        Assert.Equal(new Dictionary<string, string>
        {
            ["Rows read"] = "9",
            ["Matched by email"] = "3",
            ["Matched by name"] = "2",
            ["Matched as you chose before"] = "0",
            ["Duplicate rows merged"] = "0",
            ["Already marked as here"] = "0",
            ["Added to who came"] = "5",
            ["Not matched"] = "4",
            ["Not matched, already listed"] = "0",
            ["Lines skipped"] = "15",
            ["Blank lines"] = "2",
        }, page.SummaryOf("import-figures"));
        Assert.Equal(["‘Cal Calm (Guest)’ is Cal Calm", "‘Dee Dawson’ is Dee Dawson"], Items(page, "matched-by-name"));
        Assert.Equal(
        [
            "‘Sam Smith’: more than one member has this name",
            "‘Nia Newcomer’ (nia@example.org): no member has this email address or name",
            "‘Lee Left’ (lee.left@example.org): no member has this email address or name",
            "‘Caller +44 7700 900123’: no member has this name",
        ], Items(page, "not-matched"));
        Assert.Equal(
        [
            "The meeting's summary, before the list of participants: 8 lines (1 to 7 and 9)",
            "In the report's ‘3. In-Meeting Activities’ section, not its list of participants: 7 lines (21 to 27)",
        ], Items(page, "skipped"));

        var came = (await app.AttendanceAtAsync(meeting.Session)).ToDictionary(a => a.PersonId!.Value);
        Assert.Equal(
            new[] { "Fran", "Ann", "Bea", "Cal", "Dee" }.Select(n => people[n].Id).Order(),
            came.Keys.Order());
        Assert.All(came.Values, a => Assert.Equal((AttendanceSource.Imported, people["Fran"].Id), (a.Source, a.RecordedById)));
        Assert.Equal((At(13, 52, 40), At(16, 7, 15)), (came[people["Fran"].Id].JoinedAt, came[people["Fran"].Id].LeftAt));
        Assert.Equal((At(14, 1, 5), At(15, 59, 48)), (came[people["Bea"].Id].JoinedAt, came[people["Bea"].Id].LeftAt));

        var unmatched = await app.UnmatchedAtAsync(meeting.Session);
        Assert.Equal(["Caller +44 7700 900123", "Lee Left", "Nia Newcomer", "Sam Smith"], unmatched.Select(u => u.Name));
        Assert.All(unmatched, u => Assert.Null(u.ResolvedAt));
        Assert.Equal((At(14, 3), At(14, 40)), (unmatched[2].JoinedAt, unmatched[2].LeftAt));

        Assert.Equal("Not matched (4)", page.GetElementById("not-matched-rows")?.TextContent.Trim());
        var ticks = page.TicksOf("form#mark", "Mark.Present");
        Assert.Equal(["Ann Able", "Bea Bright", "Cal Calm", "Dee Dawson", "Fran Facilitator"], ticks.Where(t => t.Value).Select(t => t.Key).Order());
        Assert.False(ticks["Eve Early"]);
        Assert.Contains("from the attendance report", page.QuerySelector("form#mark")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("5", page.SummaryOf("session-figures")["Attended"]);

        // The import's account is shown once, straight after the import.
        var again = await meeting.Browser.GetDocumentAsync(RegisterPath(meeting.Community, meeting.Session));
        Assert.Null(again.GetElementById("import-report"));
        Assert.Equal("Not matched (4)", again.GetElementById("not-matched-rows")?.TextContent.Trim());
    }

    [Fact]
    public async Task Post_TheSameTeamsReportTwice_AddsNobodyTheSecondTime()
    {
        var meeting = await MeetingAsync();
        await meeting.Browser.UploadAndFollowAsync(meeting.Community, meeting.Session, Utf16WithBom(Teams));

        var page = await meeting.Browser.UploadAndFollowAsync(meeting.Community, meeting.Session, Utf16WithBom(Teams));

        Assert.Equal("Attendance report imported: 0 people added, 0 not matched.", page.Notice());
        var figures = page.SummaryOf("import-figures");
        Assert.Equal(("0", "5", "0", "4"), (figures["Added to who came"], figures["Already marked as here"], figures["Not matched"], figures["Not matched, already listed"]));
        Assert.Equal(5, (await app.AttendanceAtAsync(meeting.Session)).Count);
        Assert.Equal(4, (await app.UnmatchedAtAsync(meeting.Session)).Count);
    }

    [Fact]
    public async Task Post_TheSameReportTwiceAtOnce_CountsEveryoneOnce()
    {
        var meeting = await MeetingAsync();

        var responses = await Task.WhenAll(
            meeting.Browser.UploadReportAsync(meeting.Community, meeting.Session, Utf16WithBom(Teams)),
            meeting.Browser.UploadReportAsync(meeting.Community, meeting.Session, Utf16WithBom(Teams)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(5, (await app.AttendanceAtAsync(meeting.Session)).Count);
        Assert.Equal(4, (await app.UnmatchedAtAsync(meeting.Session)).Count);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Post_ARowResolvedForAnEarlierSession_IsMatchedAsChosenAndCanBeChosenAgain()
    {
        var (community, _, browser) = await app.CommunityWithFacilitatorAsync();
        var chris = await app.MemberAsync(community, "Chris Bell");
        var earlier = await app.CreateSessionAsync(community, SessionDate.AddDays(-1));
        var session = await app.CreateSessionAsync(community, SessionDate);
        var csv = Utf8("Name,Email\r\nCB on my phone,cb.phone@mail.example\r\n");
        var first = await browser.UploadAndFollowAsync(community, earlier, csv);
        var row = Assert.Single(await app.UnmatchedAtAsync(earlier));
        using (await browser.SubmitAsync(first.Form($"#unmatched-{row.Id:N} form"), new Dictionary<string, string> { ["person"] = chris.Id.ToString(), ["resolution"] = "Member" }))
        {
        }

        var page = await browser.UploadAndFollowAsync(community, session, csv);

        Assert.Equal("Attendance report imported: 1 person added, 0 not matched.", page.Notice());
        Assert.Equal("1", page.SummaryOf("import-figures")["Matched as you chose before"]);
        Assert.StartsWith("‘CB on my phone’ is Chris Bell", Assert.Single(Items(page, "matched-as-chosen-before")), StringComparison.Ordinal);
        Assert.Equal(chris.Id, Assert.Single(await app.AttendanceAtAsync(session)).PersonId);

        using var again = await browser.SubmitAsync(page.Form("#matched-as-chosen-before form"));

        var register = await browser.FollowAsync(again);
        Assert.Equal("‘CB on my phone’ is no longer matched to anyone. Say who it is under ‘Not matched’.", register.Notice());
        Assert.Empty(await app.AttendanceAtAsync(session));
        Assert.Equal("CB on my phone", Assert.Single(await app.UnmatchedAtAsync(session)).Name);
        Assert.Equal("Not matched (1)", register.GetElementById("not-matched-rows")?.TextContent.Trim());
    }

    // The staff briefing's 43 at one session, from a Zoom export where nobody's email is given.
    [Fact]
    public async Task Post_FortyThreePeopleMatchedByName_CountsThemAllAndListsTheFirstToCheck()
    {
        var (community, _, browser) = await app.CommunityWithFacilitatorAsync();
        var session = await app.CreateSessionAsync(community, SessionDate);
        string[] first = ["Amira", "Ben", "Chloe", "Dan", "Ella", "Femi", "Grace", "Harry", "Isla", "Jack", "Kiran"];
        string[] last = ["Khan", "Jones", "Patel", "Wright"];
        var names = first.SelectMany(f => last.Select(l => $"{f} {l}")).Take(43).ToList();
        foreach (var name in names)
        {
            await app.MemberAsync(community, name);
        }

        var day = SessionDate.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture);
        var csv = "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\r\n" +
            string.Concat(names.Select(n => $"{n},,{day} 02:00:00 PM,{day} 04:00:00 PM,120,Yes\r\n"));
        var page = await browser.UploadAndFollowAsync(community, session, Utf8(csv));

        Assert.Equal("Attendance report imported: 43 people added, 0 not matched.", page.Notice());
        Assert.Equal(("43", "0", "43"), (page.SummaryOf("import-figures")["Matched by name"], page.SummaryOf("import-figures")["Matched by email"], page.SummaryOf("import-figures")["Added to who came"]));
        var listed = Items(page, "matched-by-name");
        Assert.Equal(26, listed.Count);
        Assert.Equal("‘Amira Khan’ is Amira Khan", listed[0]);
        Assert.Equal("and 18 more", listed[^1]);
        Assert.Equal(43, (await app.AttendanceAtAsync(session)).Count);
        Assert.Equal("43", page.SummaryOf("session-figures")["Attended"]);
    }

    // Every layout Teams has used, and the current one as a spreadsheet saves it: Ann came from
    // 13:58:12 to 16:02:33, Bea from 14:01:05 to 15:59:48 (leaving for a while in between).
    [Theory]
    [InlineData(nameof(Teams))]
    [InlineData(nameof(TeamsUk))]
    [InlineData(nameof(TeamsOlder))]
    [InlineData(nameof(TeamsFirst))]
    public async Task Post_EachTeamsLayout_GivesEachPersonTheirFirstJoinAndLastLeave(string layout)
    {
        var meeting = await MeetingAsync();
        var content = layout switch
        {
            nameof(TeamsUk) => Utf8(TeamsUk, bom: true),
            nameof(TeamsOlder) => Utf16WithBom(TeamsOlder),
            nameof(TeamsFirst) => Utf16WithBom(TeamsFirst),
            _ => Utf16WithBom(Teams),
        };

        var page = await meeting.Browser.UploadAndFollowAsync(meeting.Community, meeting.Session, content);

        Assert.Contains("as a Microsoft Teams attendance report", page.QuerySelector("#import-report p")!.TextContent, StringComparison.Ordinal);
        var came = (await app.AttendanceAtAsync(meeting.Session)).ToDictionary(a => a.PersonId!.Value);
        var ann = came[meeting.People["Ann"].Id];
        var bea = came[meeting.People["Bea"].Id];
        Assert.Equal((At(13, 58, 12), At(16, 2, 33)), (ann.JoinedAt, ann.LeftAt));
        Assert.Equal((At(14, 1, 5), At(15, 59, 48)), (bea.JoinedAt, bea.LeftAt));
    }

    [Fact]
    public async Task Post_AZoomExport_MergesSomeoneWhoRejoinedAndMatchesTheNameInBrackets()
    {
        var (community, facilitator, browser) = await app.CommunityWithFacilitatorAsync();
        var session = await app.CreateSessionAsync(community, SessionDate);
        var ann = await app.MemberAsync(community, "Ann Able", "ann.able@example.org");
        var jane = await app.MemberAsync(community, "Jane Doe", "jane.doe@nhs.example");

        var page = await browser.UploadAndFollowAsync(community, session, Utf8(Zoom), "participants_81234567890.csv");

        Assert.Contains("as a Zoom participants export", page.QuerySelector("#import-report p")!.TextContent, StringComparison.Ordinal);
        var figures = page.SummaryOf("import-figures");
        Assert.Equal(("3", "1", "1", "1", "2"), (figures["Rows read"], figures["Matched by email"], figures["Matched by name"], figures["Duplicate rows merged"], figures["Added to who came"]));
        Assert.Equal(["‘JD (Jane Doe)’ is Jane Doe"], Items(page, "matched-by-name"));
        var came = (await app.AttendanceAtAsync(session)).ToDictionary(a => a.PersonId!.Value);
        Assert.Equal((At(13, 58, 12), At(16, 1, 40)), (came[ann.Id].JoinedAt, came[ann.Id].LeftAt));
        Assert.Equal((At(14, 0), At(16, 0)), (came[jane.Id].JoinedAt, came[jane.Id].LeftAt));
        Assert.DoesNotContain(facilitator.Id, came.Keys);
    }

    [Fact]
    public async Task Post_SemicolonsABomAndColumnsItDoesNotKnow_FindsTheColumnsItNeeds()
    {
        var (community, _, browser) = await app.CommunityWithFacilitatorAsync();
        var session = await app.CreateSessionAsync(community, SessionDate);
        var ann = await app.MemberAsync(community, "Ann Able", "ann.able@example.org");
        var bea = await app.MemberAsync(community, "Bea Bright", "bea.bright@nhs.example");
        const string csv =
            "Full name;Organisation;E-mail address;Dietary needs;Arrived\r\n" +
            "Ann Able;Brackenmouth NHS Foundation Trust;ann.able@example.org;\"Vegetarian; no nuts\";14:02\r\n" +
            "Bea Bright;;BEA.BRIGHT@NHS.EXAMPLE;None;14:10\r\n";

        var page = await browser.UploadAndFollowAsync(community, session, Utf8(csv, bom: true), "sign-in sheet.csv");

        Assert.Equal("Attendance report imported: 2 people added, 0 not matched.", page.Notice());
        Assert.Contains("as an attendance report with join and leave times", page.QuerySelector("#import-report p")!.TextContent, StringComparison.Ordinal);
        var came = (await app.AttendanceAtAsync(session)).ToDictionary(a => a.PersonId!.Value);
        Assert.Equal([ann.Id, bea.Id], came.Keys.Order());
        Assert.Equal(At(14, 2), came[ann.Id].JoinedAt);
    }

    [Fact]
    public async Task Post_DuplicatedRows_CountEachPersonOnceAndSaySoInTheReport()
    {
        var (community, _, browser) = await app.CommunityWithFacilitatorAsync();
        var session = await app.CreateSessionAsync(community, SessionDate);
        var ann = await app.MemberAsync(community, "Ann Able", "ann.able@example.org");
        const string csv =
            "Name,Email\n" +
            "Ann Able,ann.able@example.org\n" +
            "ANN ABLE,ANN.ABLE@EXAMPLE.ORG\n" +
            "Ann  Able,\n" +
            "Sue Stranger,sue@elsewhere.example\n" +
            "Sue Stranger,Sue@Elsewhere.example\n" +
            ",\n";

        var page = await browser.UploadAndFollowAsync(community, session, Utf8(csv));

        var figures = page.SummaryOf("import-figures");
        Assert.Equal(("5", "3", "1", "1", "1"), (figures["Rows read"], figures["Duplicate rows merged"], figures["Added to who came"], figures["Not matched"], figures["Blank lines"]));
        Assert.Equal(ann.Id, Assert.Single(await app.AttendanceAtAsync(session)).PersonId);
        var sue = Assert.Single(await app.UnmatchedAtAsync(session));
        Assert.Equal(("Sue Stranger", "sue@elsewhere.example"), (sue.Name, sue.Email));
    }

    [Fact]
    public async Task Post_SomeoneAlreadyMarkedInTheRoom_KeepsTheirMarkAndIsCountedOnce()
    {
        var (community, _, browser) = await app.CommunityWithFacilitatorAsync();
        var session = await app.CreateSessionAsync(community, SessionDate);
        var ann = await app.MemberAsync(community, "Ann Able", "ann.able@example.org");
        await app.CameAsync(session, [ann]);

        var page = await browser.UploadAndFollowAsync(community, session, Utf8("Name,Email\nAnn Able,ann.able@example.org\n"));

        Assert.Equal(("1", "0"), (page.SummaryOf("import-figures")["Already marked as here"], page.SummaryOf("import-figures")["Added to who came"]));
        Assert.Equal(AttendanceSource.Marked, Assert.Single(await app.AttendanceAtAsync(session)).Source);
    }

    [Fact]
    public async Task Post_AFileWithAQuoteThatNeverCloses_ImportsNothingAtAllAndSaysWhere()
    {
        var meeting = await MeetingAsync();
        const string csv =
            "Name,Email\n" +
            "Ann Able,ann.able@example.org\n" +
            "Bea Bright,bea.bright@nhs.example\n" +
            "\"Cal Calm,cal@home.example\n" +
            "Stranger,stranger@example.org\n";

        using var response = await meeting.Browser.UploadReportAsync(meeting.Community, meeting.Session, Utf8(csv));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        const string message = "The file cannot be read: a quotation mark on line 4 is never closed. Nothing was imported.";
        Assert.Equal(message, page.ErrorFor("Report"));
        Assert.Contains(message, page.ErrorSummary());
        Assert.Empty(await app.AttendanceAtAsync(meeting.Session));
        Assert.Empty(await app.UnmatchedAtAsync(meeting.Session));
        Assert.NotNull(page.QuerySelector("form#mark"));
    }

    private static byte[] FileThatIs(string what) => what switch
    {
        "empty" => [],
        "a spreadsheet" => [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00],
        "not text" => Utf8("%PDF-1.7\n\u0001\u0002\u0003 stream"),
        "no names or emails" => Utf8("Meeting,Duration\nCommunity of Practice,2h\n"),
        "nobody on it" => Utf8("Name,Email\n\n,\n"),
        "too large" => Utf8("Name,Email\n" + string.Concat(Enumerable.Repeat("Ann Able,ann.able@example.org\n", 80_000))),
        _ => throw new ArgumentOutOfRangeException(nameof(what)),
    };

    [Theory]
    [InlineData("empty", "The file is empty. Choose the attendance report you downloaded from the meeting.")]
    [InlineData("a spreadsheet", "The file is a spreadsheet or archive, not a CSV file. Open it and save it as CSV, then upload that.")]
    [InlineData("not text", "The file is not a CSV file. Choose the attendance report as a CSV (.csv) file.")]
    [InlineData("no names or emails", "The file has no column of names or email addresses. It needs a heading row with a column called ‘Name’ or ‘Email’.")]
    [InlineData("nobody on it", "The file has a list of participants, but nobody is on it. Nothing was imported.")]
    [InlineData("too large", "The file must be smaller than 2 MB.")]
    public async Task Post_AFileThatCannotBeImported_SaysWhyAndChangesNothing(string what, string message)
    {
        var meeting = await MeetingAsync();

        using var response = await meeting.Browser.UploadReportAsync(meeting.Community, meeting.Session, FileThatIs(what), $"{what}.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, (await response.ToDocumentAsync()).ErrorFor("Report"));
        Assert.Empty(await app.AttendanceAtAsync(meeting.Session));
        Assert.Empty(await app.UnmatchedAtAsync(meeting.Session));
    }

    [Fact]
    public async Task Post_ImportWithoutAFile_AsksForOne()
    {
        var meeting = await MeetingAsync();

        using var response = await meeting.Browser.PostWithTokenAsync(RegisterPath(meeting.Community, meeting.Session) + "?handler=Import");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Choose the attendance report to import", (await response.ToDocumentAsync()).ErrorFor("Report"));
    }
}
