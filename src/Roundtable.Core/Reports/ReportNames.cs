using System.Text.RegularExpressions;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Reports;

// What a report is called wherever it is shown or saved: "Staff briefing", "Session 2",
// "staff-briefing-session-2-v3.docx". The pages and the API both name reports here.
public static partial class ReportNames
{
    public static string Of(ReportKind kind) => kind switch
    {
        ReportKind.StaffBriefing => "Staff briefing",
        ReportKind.SessionSummary => "Session summary",
        ReportKind.ChatOverview => "Chat overview",
        ReportKind.SeriesReport => "Series report",
        ReportKind.PhotoPage => "Photo page",
        _ => kind.ToString(),
    };

    public static string Sessions(Report report) =>
        string.Join(", ", report.Sessions.OrderBy(s => s.StartsAt).Select(s => $"Session {s.Number}"));

    public static string WordFile(Report report, ReportVersion version) =>
        $"{Slugged(Of(report.Kind))}-{Slugged(Sessions(report))}-v{version.Number}.docx";

    private static string Slugged(string words) => NotLetters().Replace(words.ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotLetters();
}
