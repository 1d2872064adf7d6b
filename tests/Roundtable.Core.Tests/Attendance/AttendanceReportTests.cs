using System.Text;
using Roundtable.Core.Attendance;

namespace Roundtable.Core.Tests.Attendance;

public class AttendanceReportTests
{
    private static readonly DateOnly SessionDate = new(2026, 6, 3);

    private static AttendanceReport Read(string text, Encoding? encoding = null, bool bom = false)
    {
        var chosen = encoding ?? new UTF8Encoding(false);
        byte[] bytes = bom ? [.. chosen.GetPreamble(), .. chosen.GetBytes(text)] : chosen.GetBytes(text);
        return AttendanceReport.Read(bytes, SessionDate);
    }

    // 3 June 2026 is in British Summer Time: UTC is an hour behind the clock.
    private static DateTimeOffset Utc(int hour, int minute, int second = 0) => new(2026, 6, 3, hour, minute, second, TimeSpan.Zero);

    public const string Teams =
        "1. Summary\n" +
        "Meeting title\tCommunity of Practice: Session 3\n" +
        "Attended participants\t3\n" +
        "Start time\t6/3/26, 1:58:12 PM\n" +
        "End time\t6/3/26, 4:02:33 PM\n" +
        "Meeting duration\t2h 4m 21s\n" +
        "\n" +
        "2. Participants\n" +
        "Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole\n" +
        "Ann Able\t6/3/26, 1:58:12 PM\t6/3/26, 4:02:33 PM\t2h 4m 21s\tann@example.org\tann@example.org\tOrganizer\n" +
        "Bea Bright\t6/3/26, 2:05:00 PM\t6/3/26, 3:30:00 PM\t1h 25m\t\tbea.bright@example.org\tPresenter\n" +
        "Cal Calm (Guest)\t6/3/26, 2:10:00 PM\t6/3/26, 4:00:00 PM\t1h 50m\t\t\tAttendee\n" +
        "\n" +
        "3. In-Meeting Activities\n" +
        "Name\tJoin Time\tLeave Time\tDuration\tEmail\tParticipant ID (UPN)\tRole\n" +
        "Ann Able\t6/3/26, 1:58:12 PM\t6/3/26, 4:02:33 PM\t2h 4m 21s\tann@example.org\tann@example.org\tOrganizer\n" +
        "Bea Bright\t6/3/26, 2:05:00 PM\t6/3/26, 3:30:00 PM\t1h 25m\t\tbea.bright@example.org\tPresenter\n";

    public const string Zoom =
        "Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants\r\n" +
        "812 3456 7890,Community of Practice,06/03/2026 01:55:02 PM,06/03/2026 04:01:40 PM,host@example.org,127,3\r\n" +
        "\r\n" +
        "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,Recording Consent\r\n" +
        "Ann Able,ann@example.org,06/03/2026 01:58:12 PM,06/03/2026 03:00:00 PM,62,No,Y\r\n" +
        "Ann Able,ann@example.org,06/03/2026 03:05:00 PM,06/03/2026 04:01:40 PM,57,No,Y\r\n" +
        "JD (Jane Doe),,06/03/2026 02:00:00 PM,06/03/2026 04:00:00 PM,120,Yes,Y\r\n";

    [Fact]
    public void Read_TeamsReportInUtf16_ReadsOnlyTheParticipantsSection()
    {
        var report = Read(Teams, Encoding.Unicode, bom: true);

        Assert.True(report.CanImport);
        Assert.Equal("a Microsoft Teams attendance report", report.Layout);
        Assert.Equal(["Ann Able", "Bea Bright", "Cal Calm (Guest)"], report.Rows.Select(r => r.Name));
        var ann = report.Rows[0];
        Assert.Equal("ann@example.org", ann.Email);
        Assert.Equal(Utc(12, 58, 12), ann.JoinedAt);
        Assert.Equal(Utc(15, 2, 33), ann.LeftAt);
    }

    [Fact]
    public void Read_TeamsReport_TakesTheUpnWhenTheEmailIsEmpty() =>
        Assert.Equal("bea.bright@example.org", Read(Teams).Rows[1].Email);

    [Fact]
    public void Read_TeamsReport_SaysWhichLinesWereNotPeopleAndWhy()
    {
        var report = Read(Teams);

        var reasons = report.Skipped.GroupBy(s => s.Reason).ToDictionary(g => g.Key, g => g.Select(s => s.Line).ToList());
        Assert.Equal([1, 2, 3, 4, 5, 6, 8], reasons["The meeting's summary, before the list of participants"]);
        Assert.Equal([14, 15, 16, 17], reasons["In the report's ‘3. In-Meeting Activities’ section, not its list of participants"]);
        Assert.Equal(2, report.BlankLines);
    }

    [Fact]
    public void Read_ZoomExport_FindsTheParticipantsBelowTheMeetingSummary()
    {
        var report = Read(Zoom);

        Assert.Equal("a Zoom participants export", report.Layout);
        Assert.Equal(["Ann Able", "Ann Able", "JD (Jane Doe)"], report.Rows.Select(r => r.Name));
        Assert.Equal(["ann@example.org", "ann@example.org", null], report.Rows.Select(r => r.Email));
        Assert.Equal(Utc(12, 58, 12), report.Rows[0].JoinedAt);
        Assert.Equal(Utc(15, 1, 40), report.Rows[1].LeftAt);
        Assert.Null(report.Rows[2].Email);
        Assert.Equal([1, 2], report.Skipped.Select(s => s.Line));
        Assert.All(report.Skipped, s => Assert.Equal("The meeting's summary, before the list of participants", s.Reason));
    }

    [Fact]
    public void Read_PlainNameAndEmail_ReadsEveryRow()
    {
        var report = Read("name,email\nAnn Able,Ann@Example.org\nBea Bright,bea@example.org\n");

        Assert.Equal("a list of names and email addresses", report.Layout);
        Assert.Equal(["ann@example.org", "bea@example.org"], report.Rows.Select(r => r.Email));
        Assert.All(report.Rows, r => Assert.Null(r.JoinedAt));
    }

    [Fact]
    public void Read_Utf8WithBomAndSemicolons_FindsTheColumns()
    {
        var report = Read("Name;Email;Organisation\r\nAnn Able;ann@example.org;Trust; with a semicolon\r\n", bom: true);

        var row = Assert.Single(report.Rows);
        Assert.Equal("Ann Able", row.Name);
        Assert.Equal("ann@example.org", row.Email);
    }

    [Fact]
    public void Read_ExcelSeparatorLine_UsesItsDelimiterAndCountsLinesFromTheTop()
    {
        var report = Read("sep=;\nName;Email\nAnn Able;ann@example.org\n;\n");

        Assert.Equal("Ann Able", Assert.Single(report.Rows).Name);
        Assert.Equal(3, report.Rows[0].Line);
    }

    [Fact]
    public void Read_UnknownColumnsInAnyOrder_AreIgnored()
    {
        var report = Read("Badge,Dietary needs,E-mail Address,Car park,Full Name\n17,None,ann@example.org,Yes,Ann Able\n");

        var row = Assert.Single(report.Rows);
        Assert.Equal(("Ann Able", "ann@example.org"), (row.Name, row.Email));
    }

    [Fact]
    public void Read_FirstAndLastNameColumns_AreJoined() =>
        Assert.Equal("Ann Able", Assert.Single(Read("First name,Last name,Email\nAnn,Able,\n").Rows).Name);

    [Fact]
    public void Read_RowsWithNoNameOrEmailAndRepeatedHeadings_AreSkippedWithAReason()
    {
        var report = Read("Name,Email\nAnn Able,ann@example.org\n ,not-an-email\nName,Email\n,\n");

        Assert.Single(report.Rows);
        Assert.Equal([(3, "No name or email address"), (4, "A heading row repeated")], report.Skipped.Select(s => (s.Line, s.Reason)));
        Assert.Equal(1, report.BlankLines);
    }

    [Fact]
    public void Read_AnInvalidEmail_KeepsTheRowByName()
    {
        var row = Assert.Single(Read("Name,Email\nAnn Able,ann at example\n").Rows);

        Assert.Equal(("Ann Able", (string?)null), (row.Name, row.Email));
    }

    [Fact]
    public void Read_OnlyAnEmailColumn_UsesTheEmailAsTheName()
    {
        var row = Assert.Single(Read("Email\nann@example.org\n").Rows);

        Assert.Equal(("ann@example.org", "ann@example.org"), (row.Name, row.Email));
    }

    [Theory]
    [InlineData("", "The file is empty")]
    [InlineData("Topic,Duration\nSession 3,120\n", "no column of names or email addresses")]
    [InlineData("Name,Email\n", "nobody is on it")]
    [InlineData("Name,Email\nAnn,ann@example.org\n\"Bea,bea@example.org\n", "a quotation mark on line 3 is never closed")]
    [InlineData("Name,Email\nAnn\u0001,x\n", "not a CSV file")]
    public void Read_AFileThatCannotBeRead_IsRefusedWithAReason(string text, string reason)
    {
        var report = Read(text);

        Assert.False(report.CanImport);
        Assert.Contains(reason, report.Problem, StringComparison.Ordinal);
        Assert.Empty(report.Rows);
    }

    [Fact]
    public void Read_ASpreadsheetFile_IsRefusedAndSaysToSaveAsCsv()
    {
        var report = AttendanceReport.Read([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], SessionDate);

        Assert.Contains("save it as CSV", report.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AFileOverTheLimit_IsRefused()
    {
        var report = AttendanceReport.Read(new byte[AttendanceReport.MaxBytes + 1], SessionDate);

        Assert.Contains("smaller than 2 MB", report.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OldTeamsLayoutWithOneRowPerAction_TakesJoinsAndLeaves()
    {
        var report = Read("Full Name\tUser Action\tTimestamp\nAnn Able\tJoined\t03/06/2026, 14:01:00\nAnn Able\tLeft\t03/06/2026, 15:59:00\n");

        Assert.Equal("a Microsoft Teams attendance report", report.Layout);
        Assert.Equal(Utc(13, 1), report.Rows[0].JoinedAt);
        Assert.Null(report.Rows[0].LeftAt);
        Assert.Equal(Utc(14, 59), report.Rows[1].LeftAt);
    }
}

public class ReportTimeTests
{
    private static readonly DateOnly June3 = new(2026, 6, 3);

    [Theory]
    [InlineData("6/3/26, 1:58:12 PM", 12, 58, 12)]      // Teams, US locale
    [InlineData("03/06/2026, 13:58:12", 12, 58, 12)]    // Teams, UK locale
    [InlineData("06/03/2026 01:58:12 PM", 12, 58, 12)]  // Zoom, US
    [InlineData("2026-06-03 13:58:12", 12, 58, 12)]     // ISO, UK clock time
    [InlineData("2026-06-03T12:58:12Z", 12, 58, 12)]    // ISO in UTC
    [InlineData("2026-06-03T13:58:12+01:00", 12, 58, 12)]
    [InlineData("13:58", 12, 58, 0)]                    // a time alone is on the session's date
    [InlineData("12:30 AM", -1, 30, 0)]                 // half past midnight in BST is 23:30 UTC the day before
    [InlineData("3.6.2026 13:58", 12, 58, 0)]
    public void Read_CommonFormats_GiveTheUtcTime(string text, int hour, int minute, int second)
    {
        var expected = new DateTimeOffset(2026, 6, 3, 0, 0, 0, TimeSpan.Zero).AddHours(hour).AddMinutes(minute).AddSeconds(second);

        Assert.Equal(expected, ReportTime.Read(text, June3));
    }

    [Fact]
    public void Read_AWinterDate_IsInGreenwichMeanTime() =>
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 14, 0, 0, TimeSpan.Zero), ReportTime.Read("02/12/2026 14:00", new DateOnly(2026, 12, 2)));

    [Theory]
    [InlineData("")]
    [InlineData("1h 25m")]
    [InlineData("yesterday")]
    [InlineData("25:61")]
    [InlineData("13:00 PM")]
    public void Read_NotATime_IsNull(string text) => Assert.Null(ReportTime.Read(text, June3));
}
