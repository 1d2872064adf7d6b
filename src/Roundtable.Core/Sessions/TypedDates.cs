using System.Globalization;
using System.Text.RegularExpressions;

namespace Roundtable.Core.Sessions;

// Times and dates as people type them: "14:00", "2pm", "2.30 pm"; "26/06/2026", "26 June 2026",
// or a line copied from a published programme such as "Friday 26 June 2026, 2pm – 4pm".
public static partial class TypedDates
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    private static readonly string[] WrittenDates = ["d MMMM yyyy", "d MMM yyyy", "dddd d MMMM yyyy", "ddd d MMM yyyy", "dddd d MMM yyyy"];

    // NotDates: the lines that could not be read, as typed.
    public sealed record DateList(IReadOnlyList<DateOnly> Dates, IReadOnlyList<string> NotDates)
    {
        public string? Problem => NotDates.Count switch
        {
            0 => null,
            1 => $"‘{Shorten(NotDates[0])}’ is not a date: write each date as day/month/year, like 26/06/2026",
            _ => $"These lines are not dates: {string.Join(", ", NotDates.Select(line => $"‘{Shorten(line)}’"))}. Write each date as day/month/year, like 26/06/2026",
        };
    }

    public static TimeOnly? ParseTime(string? text)
    {
        var match = Time().Match(text?.Trim() ?? "");
        if (!match.Success)
        {
            return null;
        }

        var hour = int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["minute"].Success ? int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture) : 0;
        var meridiem = match.Groups["meridiem"].Value.ToUpperInvariant();
        if (meridiem.Length > 0)
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }

            hour = (hour % 12) + (meridiem == "PM" ? 12 : 0);
        }
        else if (!match.Groups["minute"].Success)
        {
            // "14" alone could be anything; ask for the minutes too.
            return null;
        }

        return hour is >= 0 and < 24 && minute is >= 0 and < 60 ? new TimeOnly(hour, minute) : null;
    }

    public static string FormatTime(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    // One date a line; blank lines are skipped. Each line that is not a date is named.
    public static DateList ParseDates(string? text)
    {
        var dates = new List<DateOnly>();
        var notDates = new List<string>();
        var lines = (text ?? "").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
        foreach (var line in lines)
        {
            if (ParseDate(line) is { } date)
            {
                dates.Add(date);
            }
            else
            {
                notDates.Add(line);
            }
        }

        return new DateList(dates, notDates);
    }

    public static DateOnly? ParseDate(string line)
    {
        // A copied line often carries the time after the date: "Friday 26 June 2026, 2pm – 4pm".
        var text = line.Split(',')[0].Trim();
        var numeric = NumericDate().Match(text);
        if (numeric.Success)
        {
            var day = int.Parse(numeric.Groups["day"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(numeric.Groups["month"].Value, CultureInfo.InvariantCulture);
            var year = int.Parse(numeric.Groups["year"].Value, CultureInfo.InvariantCulture);
            return year is >= 2000 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
                ? new DateOnly(year, month, day)
                : null;
        }

        var written = Ordinal().Replace(text, "$1");
        return DateOnly.TryParseExact(written, WrittenDates, British, DateTimeStyles.AllowWhiteSpaces, out var date) && date.Year is >= 2000 and <= 2100
            ? date
            : null;
    }

    private static string Shorten(string line) => line.Length <= 40 ? line : line[..40] + "…";

    [GeneratedRegex(@"^(?<hour>\d{1,2})(?:[:.]?(?<minute>\d{2}))?\s*(?<meridiem>[ap]m)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Time();

    [GeneratedRegex(@"^(?<day>\d{1,2})\s*[/.-]\s*(?<month>\d{1,2})\s*[/.-]\s*(?<year>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b(\d{1,2})(?:st|nd|rd|th)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ordinal();
}
