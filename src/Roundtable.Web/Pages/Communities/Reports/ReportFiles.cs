using System.Text.RegularExpressions;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Web.Pages.Communities.Reports;

// What a downloaded report file is called: "staff-briefing-session-2-v3.docx".
public static partial class ReportFiles
{
    public static string WordName(Report report, ReportVersion version) =>
        $"{Slugged(ReportWords.Name(report.Kind))}-{Slugged(ReportWords.Sessions(report))}-v{version.Number}.docx";

    private static string Slugged(string words) => NotLetters().Replace(words.ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotLetters();
}
