using System.Net;
using Roundtable.Core.Csv;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Sessions;
using Roundtable.Web.Tests.Api;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.PageTests.Attendance;
using Roundtable.Web.Tests.PageTests.Themes;
using Roundtable.Web.Tests.PageTests.YouSaidWeDid;

namespace Roundtable.Web.Tests.PageTests.Exports;

// The CSV downloads: each file's columns and rows, named people only as they chose or consented,
// text that a spreadsheet would run as a formula kept as text, and words read back exactly.
public class ExportsTests(RoundtableApp app) : IClassFixture<RoundtableApp>
{
    private const string Tricky = "We said, \"more breaks\"\nthen left — café";

    private static async Task<List<IReadOnlyList<string>>> ReadAsync(HttpResponseMessage response, string fileName)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName);
        var parsed = CsvText.Parse(CsvText.Decode(await response.Content.ReadAsByteArrayAsync()), ',');
        Assert.Null(parsed.UnclosedQuoteLine);
        return parsed.Records.Select(r => r.Fields).ToList();
    }

    [Fact]
    public async Task Get_AttendanceCsv_ListsEveryMemberPresentOrAbsentAndEachGuest()
    {
        var (community, facilitator, browser) = await app.CommunityWithFacilitatorAsync();
        var session = await app.CreateSessionAsync(community, app.Today);
        var ann = await AttendanceTestData.MemberAsync(app, community, "=Ann Able");
        var nia = await AttendanceTestData.MemberAsync(app, community, "Nia Private", naming: Naming.NotNamed);
        await app.ChangeMembershipAsync(community, ann, m => (m.JobRole, m.Organisation) = ("Peer support worker", "Harbour Trust"));
        await app.ChangeMembershipAsync(community, nia, m => (m.JobRole, m.Organisation) = ("Carer lead", "Nia's own charity"));
        await app.CameAsync(session, [ann], guests: 1);

        using var response = await browser.GetAsync($"/communities/{community.Slug}/sessions/{session.Number}/attendance.csv");

        var rows = await ReadAsync(response, $"{community.Slug}-session-1-attendance.csv");
        var date = UkTimeZone.Today(app.Clock).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(["Session", "Date", "Person", "Member or guest", "Job role", "Organisation", "Attendance", "Recorded"], rows[0]);
        Assert.Contains(["1", date, "'=Ann Able", "Member", "Peer support worker", "Harbour Trust", "Present", "Marked in the room"], rows);
        Assert.Contains(["1", date, MemberNames.NotNamed, "Member", "", "", "Absent", ""], rows);
        Assert.Contains(["1", date, "Fran Facilitator", "Member", "", "", "Absent", ""], rows);
        Assert.Contains(["1", date, "Guest 1", "Guest", "", "", "Present", "Marked in the room"], rows);
        Assert.Equal(5, rows.Count);
        Assert.DoesNotContain(rows.SelectMany(r => r), f => f.Contains("Carer lead", StringComparison.Ordinal) || f.Contains("Nia", StringComparison.Ordinal));
        Assert.DoesNotContain(rows.SelectMany(r => r), f => f.Contains('@'));
    }

    [Fact]
    public async Task Get_ContributionsCsv_NamesAuthorsOnlyAsConsentedAndKeepsTheirWords()
    {
        var (community, one, _, coLead, _) = await app.TwoPastSessionsAsync();
        var ann = await ApiTestData.MemberAsync(app, community, "Ann Able", choose: m => (m.Naming, m.QuoteConsent) = (Naming.FullName, QuoteConsent.ByName));
        var rui = await ApiTestData.MemberAsync(app, community, "Rui Role", choose: m => (m.Naming, m.QuoteConsent, m.JobRole) = (Naming.FullName, QuoteConsent.ByRole, "Carer"));
        var bea = await ApiTestData.MemberAsync(app, community, "Bea Quiet", choose: m => (m.Naming, m.QuoteConsent) = (Naming.FullName, QuoteConsent.NotQuoted));
        var tricky = await app.SayAsync(one, ann, Tricky);
        await app.SayAsync(one, rui, "+44 7700 900123 if you need a lift");
        await app.SayAsync(one, bea, "=HYPERLINK(\"https://example.org\")");
        await app.SayAsync(one, ann, "@everyone I was too shy", anonymous: true);
        await app.ThemeAsync(community, coLead, "Getting there", tricky);
        var browser = await app.BrowserForAsync(coLead);

        using var response = await browser.GetAsync($"/communities/{community.Slug}/sessions/{one.Number}/contributions.csv");

        var rows = await ReadAsync(response, $"{community.Slug}-session-1-contributions.csv");
        Assert.Equal(
            ["Session", "Prompt", "Kind", "Words", "Scale", "Good enough", "Breakout group", "When (UK time)", "Author", "Themes", "Theme labels"],
            rows[0]);
        var when = UkTimeZone.ToLocal(one.StartsAt).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(["1", "", "Written", Tricky, "", "", "", when, "Ann Able", "Getting there", "New"], rows[1]);
        Assert.Equal(("'+44 7700 900123 if you need a lift", "Carer"), (rows[2][3], rows[2][8]));
        Assert.Equal(("'=HYPERLINK(\"https://example.org\")", ""), (rows[3][3], rows[3][8]));
        Assert.Equal(("'@everyone I was too shy", ""), (rows[4][3], rows[4][8]));
        Assert.Equal(5, rows.Count);
        Assert.DoesNotContain(rows.SelectMany(r => r), f => f.Contains("Bea", StringComparison.Ordinal) || f.Contains("Rui", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_ContributionsCsv_LeavesOutWhatAFacilitatorHid()
    {
        var (community, one, _, coLead, member) = await app.TwoPastSessionsAsync();
        var hidden = await app.SayAsync(one, member, "Something unkind");
        await app.WithDbAsync(db =>
        {
            var contribution = db.Contributions.Single(c => c.Id == hidden);
            (contribution.Hidden, contribution.HiddenReason) = (true, "Unkind");
            return db.SaveChangesAsync();
        });
        var browser = await app.BrowserForAsync(coLead);

        using var response = await browser.GetAsync($"/communities/{community.Slug}/sessions/{one.Number}/contributions.csv");

        var rows = await ReadAsync(response, $"{community.Slug}-session-1-contributions.csv");
        Assert.Single(rows);
    }

    [Fact]
    public async Task Get_LedgerCsv_GivesEachRequestWithItsLastChange()
    {
        var (community, _, _, coLead, _) = await app.TwoPastSessionsAsync();
        var ask = await app.AskAsync(community, coLead, Tricky);
        await app.ChangeAskAsync(community, ask, coLead, AskStatus.NotUpheld, "-The venue closes at five");
        var browser = await app.BrowserForAsync(coLead);

        using var response = await browser.GetAsync($"/communities/{community.Slug}/you-said-we-did.csv");

        var rows = await ReadAsync(response, $"{community.Slug}-you-said-we-did.csv");
        Assert.Equal(
            ["What was asked", "Asked by", "Source", "Owner", "Status", "Due", "Added (UK time)", "Last change (UK time)", "Reason", "Raised with"],
            rows[0]);
        var row = Assert.Single(rows.Skip(1));
        Assert.Equal(
            (Tricky, "Added directly", "Not upheld", "'-The venue closes at five"),
            (row[0], row[2], row[4], row[8]));
    }

    [Fact]
    public async Task Get_AttendanceCsvThroughTheApi_IsTheSameFile()
    {
        var (community, facilitator, browser) = await app.CommunityWithFacilitatorAsync();
        var session = await app.CreateSessionAsync(community, app.Today);
        var path = $"/communities/{community.Slug}/sessions/{session.Number}/attendance.csv";
        using var page = await browser.GetAsync(path);

        using var api = await (await app.ApiClientForAsync(facilitator)).GetAsync("/api/v1" + path);

        var fileName = $"{community.Slug}-session-1-attendance.csv";
        Assert.Equal(await ReadAsync(page, fileName), await ReadAsync(api, fileName));
    }

    [Fact]
    public async Task Get_RegisterAndLedger_LinkToTheirCsvForAFacilitator()
    {
        var (community, _, browser) = await app.CommunityWithFacilitatorAsync();
        var session = await app.CreateSessionAsync(community, app.Today);

        var register = await browser.GetDocumentAsync(AttendanceTestData.RegisterPath(community, session));
        var ledger = await browser.GetDocumentAsync(AsksTestData.LedgerPath(community));
        var meeting = await browser.GetDocumentAsync($"/communities/{community.Slug}/sessions/{session.Number}");

        Assert.Equal($"/communities/{community.Slug}/sessions/1/attendance.csv", register.QuerySelector("a#attendance-csv")?.GetAttribute("href"));
        Assert.Equal($"/communities/{community.Slug}/you-said-we-did.csv", ledger.QuerySelector("a#ledger-csv")?.GetAttribute("href"));
        Assert.Equal($"/communities/{community.Slug}/sessions/1/contributions.csv", meeting.QuerySelector("a#contributions-csv")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_Ledger_AsAMember_HasNoCsvLink()
    {
        var community = await app.CreateCommunityAsync();
        var member = await AttendanceTestData.MemberAsync(app, community, "Mo Member");

        var ledger = await (await app.BrowserForAsync(member)).GetDocumentAsync(AsksTestData.LedgerPath(community));

        Assert.NotNull(ledger.QuerySelector("h1"));
        Assert.Null(ledger.QuerySelector("a#ledger-csv"));
    }
}
