using System.Globalization;
using System.Text.RegularExpressions;

namespace Roundtable.Core.Sessions;

// Times and dates as people type them: "14:00", "2pm", "2.30 pm"; "26/06/2026", "26 June 2026",
// or a line copied from a published programme such as "- Friday 26 June 2026, 2pm – 4pm", whose
// bullet is dropped and whose times are read ("2pm – 4pm", "14:00-16:00", "2–4pm").
public static partial class TypedDates
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    private static readonly string[] WrittenDates = ["d MMMM yyyy", "d MMM yyyy", "dddd d MMMM yyyy", "ddd d MMM yyyy", "dddd d MMM yyyy"];

    // NotDates: the lines that could not be read, as typed. TimesOn: the times a date's own line gave.
    public sealed record DateList(IReadOnlyList<DateOnly> Dates, IReadOnlyList<string> NotDates, IReadOnlyDictionary<DateOnly, MeetingTimes> TimesOn)
    {
        public string? Problem => NotDates.Count switch
        {
            0 => null,
            1 => $"‘{Shorten(NotDates[0])}’ is not a date: write each date as day/month/year, like 26/06/2026",
            _ => $"These lines are not dates: {string.Join(", ", NotDates.Select(line => $"‘{Shorten(line)}’"))}. Write each date as day/month/year, like 26/06/2026",
        };

        // Every date came with its own times, so none needs the series' times.
        public bool EveryDateTimed => Dates.Count > 0 && Dates.All(TimesOn.ContainsKey);
    }

    // A date's line: the date, and its start and end when the line gave them.
    public sealed record DateLine(DateOnly Date, MeetingTimes? Times);

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

    // One date a line, each perhaps a bullet point of a list and with its times; blank lines are
    // skipped. Each line that is not a date, or whose times cannot be read, is named.
    public static DateList ParseDates(string? text)
    {
        var dates = new List<DateOnly>();
        var notDates = new List<string>();
        var timesOn = new Dictionary<DateOnly, MeetingTimes>();
        var lines = (text ?? "").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
        foreach (var line in lines)
        {
            if (ParseLine(line) is { } read)
            {
                dates.Add(read.Date);
                if (read.Times is { } times)
                {
                    timesOn.TryAdd(read.Date, times);
                }
            }
            else
            {
                notDates.Add(line);
            }
        }

        return new DateList(dates, notDates, timesOn);
    }

    // "• Friday 26 June 2026, 2pm – 4pm": null when the date, or times the line has, cannot be read.
    public static DateLine? ParseLine(string line)
    {
        var text = Bullet().Replace(line.Trim(), "");
        MeetingTimes? times = null;
        var range = TimeRange().Match(text);
        if (range.Success)
        {
            times = Times(range.Groups["start"].Value, range.Groups["end"].Value);
            if (times is null)
            {
                return null;
            }

            text = text[..range.Index].TrimEnd(' ', ',', ';', '-', '–', '—', ':');
        }

        var datePart = text.Split(',')[0].Trim();
        // What follows the date with a digit in it is a time we could not read: say so, not drop it.
        if (times is null && text.Length > datePart.Length && text[datePart.Length..].Any(char.IsDigit))
        {
            return null;
        }

        return ParseDate(datePart) is { } date ? new DateLine(date, times) : null;
    }

    public static DateOnly? ParseDate(string line)
    {
        // A copied line often carries more after the date: "Friday 26 June 2026, at the Town Hall".
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

    // "2" to "4pm" is 2pm to 4pm; "11" to "1pm" is 11am to 1pm. Null unless the end is after the start.
    private static MeetingTimes? Times(string startText, string endText)
    {
        var end = ParseTime(endText);
        var start = ParseTime(startText);
        if (start is null && end is not null && Meridiem().Match(endText) is { Success: true } meridiem)
        {
            start = ParseTime(startText + meridiem.Value);
            if (start is { } borrowed && borrowed >= end.Value)
            {
                start = ParseTime(startText + "am");
            }
        }

        return start is { } from && end is { } to && to > from ? new MeetingTimes(from, to) : null;
    }

    private static string Shorten(string line) => line.Length <= 40 ? line : line[..40] + "…";

    [GeneratedRegex(@"^(?<hour>\d{1,2})(?:[:.]?(?<minute>\d{2}))?\s*(?<meridiem>[ap]m)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Time();

    // "- ", "• ", "* ", "1. ", "2) " at the start of a line.
    [GeneratedRegex(@"^(?:[-•*–·]|\d{1,2}[.)])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Bullet();

    // Two times with a dash or "to" between them: "2pm – 4pm", "14:00-16:00", "2–4pm"; never the
    // "26-06" of a date written "26-06-2026".
    [GeneratedRegex(
        @"(?<![\d/.:-])(?<start>\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]m)?)\s*(?:-|–|—|to|until)\s*(?<end>\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]m)?)(?![\d/.-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeRange();

    [GeneratedRegex(@"[ap]m$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Meridiem();

    [GeneratedRegex(@"^(?<day>\d{1,2})\s*[/.-]\s*(?<month>\d{1,2})\s*[/.-]\s*(?<year>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b(\d{1,2})(?:st|nd|rd|th)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ordinal();
}
