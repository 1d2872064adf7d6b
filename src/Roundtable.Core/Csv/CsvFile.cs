using System.Globalization;
using Roundtable.Core.Sessions;

namespace Roundtable.Core.Csv;

// An export ready to download: "brackenmouth-session-2-attendance.csv" and its bytes.
public sealed record CsvFile(string FileName, byte[] Content)
{
    public static string NameFor(string communitySlug, string what) => $"{communitySlug}-{what}.csv";

    public static string NameFor(string communitySlug, int sessionNumber, string what) =>
        NameFor(communitySlug, $"session-{sessionNumber.ToString(CultureInfo.InvariantCulture)}-{what}");

    // Dates and times as spreadsheets read them whatever their locale, in UK time as the pages show them.
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset at) => Date(UkTimeZone.DateOf(at));

    public static string Time(DateTimeOffset at) => UkTimeZone.ToLocal(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
