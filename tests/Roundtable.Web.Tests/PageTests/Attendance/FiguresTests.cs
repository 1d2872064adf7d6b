using System.Net;
using AngleSharp.Dom;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Tests.Shared;
using Roundtable.Web.Tests.Infrastructure;
using static Roundtable.Web.Tests.PageTests.Attendance.AttendanceTestData;
using static Roundtable.Web.Tests.PageTests.Attendance.Reports;

namespace Roundtable.Web.Tests.PageTests.Attendance;

// Attended, new, returning and retention, on a community whose numbers are counted by hand
// below, on each session's register and on the page across sessions.
[Collection(SharedApps.Sessions)]
public class FiguresTests(RoundtableApp app)
{
    private sealed record History(Community Community, IReadOnlyList<Session> Sessions);

    // Who came, by hand (A to H are members; "+1" a guest), days from today:
    //   Session 1, -197:         A B C D E +1   attended 6, new 5 (all)
    //   Preparation meeting, -162: H           not a session: not counted
    //   Session 2, -134:         A B C F +1     attended 5, new 1 (F), returning 3;
    //                                           held from 1: A B C of A–E = 3 of 5; from previous (1): the same
    //   Session 3, -99:          G, then cancelled: not counted, so G is still new at session 4
    //   Session 4, -71:          A F G H        attended 4, new 2 (G H), returning 2 (A F);
    //                                           held from 1: A = 1 of 5; from previous (2: A B C F): A F = 2 of 4
    //   Session 5, -15:          nobody recorded
    //   Session 6, yesterday:    A B C D E G    attended 6, new 0, returning 6;
    //                                           held from 1: 5 of 5; from previous (4, as 5 has no record: A F G H): A G = 2 of 4
    //   Session 7, +48:          still to come, not shown
    private static readonly DateOnly[] Dates = [.. new[] { -197, -134, -99, -71, -15, -1, 48 }.Select(days => TestClock.Today.AddDays(days))];
    private async Task<History> HistoryAsync()
    {
        var community = await app.CreateCommunityAsync();
        var m = new Dictionary<char, Person>();
        foreach (var letter in "ABCDEFGH")
        {
            m[letter] = await app.MemberAsync(community, $"{letter}{letter.ToString().ToLowerInvariant()} Member");
        }

        Person[] Of(string letters) => letters.Select(l => m[l]).ToArray();
        var sessions = new List<Session>();
        foreach (var date in Dates)
        {
            sessions.Add(await app.CreateSessionAsync(community, date));
        }

        var preparation = await app.CreateSessionAsync(community, TestClock.Today.AddDays(-162), SessionKind.PreparationMeeting);
        await app.CameAsync(preparation, Of("H"));
        await app.CameAsync(sessions[0], Of("ABCDE"), guests: 1);
        await app.CameAsync(sessions[1], Of("ABCF"), guests: 1);
        await app.CameAsync(sessions[2], Of("G"));
        await app.CancelSessionAsync(sessions[2]);
        await app.CameAsync(sessions[3], Of("AFGH"));
        await app.CameAsync(sessions[5], Of("ABCDEG"));
        return new History(community, sessions);
    }

    private static readonly string[][] Expected =
    [
        ["Session 1", TestClock.ShortDate(Dates[0]), "6", "5", "0", "–", "–"],
        ["Session 2", TestClock.ShortDate(Dates[1]), "5", "1", "3", "3 of 5 (60%)", "3 of 5 (60%)"],
        ["Session 4", TestClock.ShortDate(Dates[3]), "4", "2", "2", "1 of 5 (20%)", "2 of 4 (50%)"],
        ["Session 5", TestClock.ShortDate(Dates[4]), "Not recorded"],
        ["Session 6", TestClock.ShortDate(Dates[5]), "6", "0", "6", "5 of 5 (100%)", "2 of 4 (50%)"],
    ];

    private async Task<HttpClient> AsAsync(Community community, CommunityRole role) =>
        await app.BrowserForAsync(await app.MemberAsync(community, $"Someone {role}", role: role));

    [Fact]
    public async Task Get_AcrossSessions_TableGivesTheFiguresCountedByHand()
    {
        var history = await HistoryAsync();
        var member = await AsAsync(history.Community, CommunityRole.Member);

        var page = await member.GetDocumentAsync(AcrossPath(history.Community));

        Assert.Equal("Attendance across sessions", page.Heading());
        Assert.Equal(Expected, page.RowsOf("attendance-table"));
        Assert.Equal(
            ["Session", "Date", "Attended", "New", "Returning", "Held from session 1", "Held from previous"],
            page.QuerySelectorAll("#attendance-table thead th").Select(th => th.TextContent.Trim()));
        Assert.Equal("Attendance and retention at each session", page.QuerySelector("#attendance-table caption")?.TextContent.Trim());
        Assert.All(page.QuerySelectorAll("#attendance-table tbody th"), th => Assert.Equal("row", th.GetAttribute("scope")));
        Assert.Null(page.QuerySelector("#attendance-table a"));
    }

    [Fact]
    public async Task Get_AcrossSessions_ChartShowsTheSameNumbersAsTheTableAndSaysThemInWords()
    {
        var history = await HistoryAsync();
        var member = await AsAsync(history.Community, CommunityRole.Member);

        var page = await member.GetDocumentAsync(AcrossPath(history.Community));

        var svg = page.QuerySelector("#attendance-chart svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal(
            "Bar chart of how many people came to each session, with a line for the share of members held from the first session. " +
            "Session 1: 6 came. Session 2: 5 came, 60% held from session 1. Session 4: 4 came, 20% held from session 1. " +
            "Session 6: 6 came, 100% held from session 1. The table below gives the same figures, with new and returning members.",
            svg.GetAttribute("aria-label"));
        Assert.Equal(4, svg.QuerySelectorAll("g.rt-attendance-chart__bar rect").Length);
        var bars = svg.QuerySelectorAll("g.rt-attendance-chart__bar")
            .Select(g => g.QuerySelectorAll("text").Select(t => t.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal([["6", "1"], ["5", "2"], ["4", "4"], ["6", "6"]], bars);
        var tableAttended = page.RowsOf("attendance-table").Where(r => r.Length > 3).Select(r => r[2]);
        Assert.Equal(tableAttended, bars.Select(b => b[0]));
    }

    [Fact]
    public async Task Get_AcrossSessions_ChartPlotsTheShareHeldFromTheFirstSessionAsTheTableGivesIt()
    {
        var history = await HistoryAsync();
        var member = await AsAsync(history.Community, CommunityRole.Member);

        var page = await member.GetDocumentAsync(AcrossPath(history.Community));

        var points = page.QuerySelectorAll("#attendance-chart .rt-attendance-chart__retention circle")
            .Select(c => (c.GetAttribute("data-session"), c.GetAttribute("data-percent"))).ToList();
        Assert.Equal([("2", "60"), ("4", "20"), ("6", "100")], points);
        Assert.NotNull(page.QuerySelector("#attendance-chart .rt-attendance-chart__retention polyline"));
        Assert.Contains("Held from session 1 (right, %)", page.QuerySelectorAll("#attendance-chart text").Select(t => t.TextContent.Trim()));
    }

    [Theory]
    [InlineData(CommunityRole.Facilitator)]
    [InlineData(CommunityRole.CoLead)]
    public async Task Get_EachSessionsRegister_AgreesWithItsRowAcrossSessions(CommunityRole role)
    {
        var history = await HistoryAsync();
        var planner = await AsAsync(history.Community, role);
        var across = await planner.GetDocumentAsync(AcrossPath(history.Community));

        var links = across.QuerySelectorAll("#attendance-table tbody th a").Select(a => a.GetAttribute("href")!).ToList();

        Assert.Equal(new[] { 1, 2, 4, 5, 6 }.Select(n => $"/communities/{history.Community.Slug}/sessions/{n}/attendance"), links);
        foreach (var row in Expected.Where(r => r.Length > 3))
        {
            var register = await planner.GetDocumentAsync($"/communities/{history.Community.Slug}/sessions/{row[0].Split(' ')[1]}/attendance");
            var figures = register.SummaryOf("session-figures");
            Assert.Equal(row[2], figures["Attended"].Split(' ')[0]);
            Assert.Equal((row[3], row[4]), (figures["New"], figures["Returning"]));
            Assert.Equal(row[5] == "–" ? "This is the first session anyone came to" : row[5], figures["Held from session 1"]);
            Assert.StartsWith(row[6] == "–" ? "There is no earlier session to compare with" : row[6], figures["Held from the previous session"], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Get_Register_SaysWhichSessionRetentionIsCountedFrom()
    {
        var history = await HistoryAsync();
        var facilitator = await AsAsync(history.Community, CommunityRole.Facilitator);

        var sixth = await facilitator.GetDocumentAsync(RegisterPath(history.Community, history.Sessions[5]));
        var second = await facilitator.GetDocumentAsync(RegisterPath(history.Community, history.Sessions[1]));
        var fifth = await facilitator.GetDocumentAsync(RegisterPath(history.Community, history.Sessions[4]));

        Assert.Equal("2 of 4 (50%), from session 4", sixth.SummaryOf("session-figures")["Held from the previous session"]);
        Assert.Equal("5 (4 members and 1 guest)", second.SummaryOf("session-figures")["Attended"]);
        Assert.Equal("No attendance has been recorded for this session yet.", fifth.GetElementById("session-figures-none")?.TextContent.Trim());
    }

    [Fact]
    public async Task Get_AcrossSessions_WhenNobodyCameToTheFirstSession_CountsFromTheFirstThatAnyoneCameTo()
    {
        var community = await app.CreateCommunityAsync();
        var ann = await app.MemberAsync(community, "Ann Able");
        var bea = await app.MemberAsync(community, "Bea Bright");
        var dates = new[] { app.Today.AddDays(-134), app.Today.AddDays(-71), app.Today.AddDays(-8) };
        await app.CreateSessionAsync(community, dates[0]);
        var second = await app.CreateSessionAsync(community, dates[1]);
        var third = await app.CreateSessionAsync(community, dates[2]);
        await app.CameAsync(second, [ann, bea]);
        await app.CameAsync(third, [bea]);
        var browser = await app.BrowserForAsync(ann);

        var page = await browser.GetDocumentAsync(AcrossPath(community));

        Assert.Contains("Held from session 2", page.QuerySelectorAll("#attendance-table thead th").Select(th => th.TextContent.Trim()));
        Assert.Equal(
        [
            ["Session 1", TestClock.ShortDate(dates[0]), "Not recorded"],
            ["Session 2", TestClock.ShortDate(dates[1]), "2", "2", "0", "–", "–"],
            ["Session 3", TestClock.ShortDate(dates[2]), "1", "0", "1", "1 of 2 (50%)", "1 of 2 (50%)"],
        ], page.RowsOf("attendance-table"));
    }

    [Fact]
    public async Task Get_CommunityPage_LeadsMembersToAttendanceAcrossSessions()
    {
        var history = await HistoryAsync();
        var member = await AsAsync(history.Community, CommunityRole.Member);
        var outsider = await app.BrowserForAsync(await app.CreatePersonAsync("Olu Outsider"));

        var community = await member.GetDocumentAsync($"/communities/{history.Community.Slug}");
        var notMember = await outsider.GetDocumentAsync($"/communities/{history.Community.Slug}");

        var link = community.QuerySelectorAll("main a").Single(a => a.TextContent.Trim() == "Attendance across sessions");
        Assert.Equal(AcrossPath(history.Community), link.GetAttribute("href"));
        Assert.Equal(Expected, (await member.GetDocumentAsync(link.GetAttribute("href")!)).RowsOf("attendance-table"));
        Assert.Null(notMember.QuerySelector($"a[href='{AcrossPath(history.Community)}']"));
    }

    [Fact]
    public async Task Get_AcrossSessions_BeforeAnySessionHasHappened_SaysSo()
    {
        var community = await app.CreateCommunityAsync();
        await app.CreateSessionAsync(community, app.Today.AddDays(48));
        var browser = await AsAsync(community, CommunityRole.Member);

        var page = await browser.GetDocumentAsync(AcrossPath(community));

        Assert.Equal("There have been no sessions yet.", page.GetElementById("no-sessions")?.TextContent.Trim());
        Assert.Null(page.GetElementById("attendance-table"));
        Assert.Null(page.GetElementById("attendance-chart"));
    }

    // The test of a new user: mark one session in the room, import the next one's Teams
    // report, resolve what it could not match, and check the figures against a count by hand.
    //   Session 1 (in the room): Ann, Bea, Eve, Sam (the first) and a guest: attended 5, new 4.
    //   Session 2 (the Teams report): Fran, Ann, Bea, Cal, Dee found by the import; "Sam Smith"
    //   resolved as the first Sam, Nia as a guest, the former member and the caller left out:
    //   attended 7 (6 members and 1 guest), new 3 (Fran, Cal, Dee), returning 3 (Ann, Bea, Sam);
    //   held from session 1: Ann, Bea, Sam of Ann, Bea, Eve, Sam = 3 of 4 (75%).
    [Fact]
    public async Task Journey_MarkOneSessionImportTheNextResolveTheRest_FiguresAgreeWithACountByHand()
    {
        var community = await app.CreateCommunityAsync();
        var first = await app.CreateSessionAsync(community, app.Today.AddDays(-64));
        var meeting = await app.TeamsMeetingAsync(community);
        var people = meeting.People;
        var browser = meeting.Browser;

        var register = await browser.GetDocumentAsync(RegisterPath(community, first));
        using (var marked = await browser.SubmitAsync(register.Form("form#mark"),
            new[] { "Ann", "Bea", "Eve", "Sam1" }.Select(n => ("Mark.Present", (string?)people[n].Id.ToString()))))
        {
            Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        }

        using (var guest = await browser.SubmitAsync(RegisterPath(community, first), new Dictionary<string, string> { ["GuestName"] = "Gita Guest" }, "form#walk-in-guest"))
        {
            Assert.Equal(HttpStatusCode.Redirect, guest.StatusCode);
        }

        var imported = await browser.UploadAndFollowAsync(community, meeting.Session, Utf16WithBom(Teams));
        var rows = await app.UnmatchedAtAsync(meeting.Session);
        async Task<IDocument> ResolveAsync(IDocument page, string name, string resolution, Guid? person = null)
        {
            var row = rows.Single(r => r.Name == name);
            using var response = await browser.SubmitAsync(page.Form($"#unmatched-{row.Id:N} form"), [("resolution", resolution), ("person", person?.ToString() ?? "")]);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            return await browser.FollowAsync(response);
        }

        var page = await ResolveAsync(imported, "Sam Smith", "Member", people["Sam1"].Id);
        page = await ResolveAsync(page, "Nia Newcomer", "Guest");
        page = await ResolveAsync(page, "Lee Left", "LeaveOut");
        page = await ResolveAsync(page, "Caller +44 7700 900123", "LeaveOut");

        Assert.Null(page.GetElementById("not-matched-rows"));
        Assert.Equal(new Dictionary<string, string>
        {
            ["Attended"] = "7 (6 members and 1 guest)",
            ["New"] = "3",
            ["Returning"] = "3",
            ["Held from session 1"] = "3 of 4 (75%)",
            ["Held from the previous session"] = "3 of 4 (75%), from session 1",
        }, page.SummaryOf("session-figures"));
        var across = await browser.GetDocumentAsync(AcrossPath(community));
        Assert.Equal(
        [
            ["Session 1", TestClock.ShortDate(app.Today.AddDays(-64)), "5", "4", "0", "–", "–"],
            ["Session 2", TestClock.ShortDate(SessionDate), "7", "3", "3", "3 of 4 (75%)", "3 of 4 (75%)"],
        ], across.RowsOf("attendance-table"));
    }
}
