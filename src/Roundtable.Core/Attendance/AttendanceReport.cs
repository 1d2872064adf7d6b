using System.Globalization;
using System.Text.RegularExpressions;
using Roundtable.Core.Csv;
using Roundtable.Core.People;
using Roundtable.Core.Sessions;

namespace Roundtable.Core.Attendance;

// An online meeting's attendance report, read from the file a facilitator uploads: the common
// layouts (Microsoft Teams' attendance report with its summary section, Zoom's participants
// export, a plain list of names and emails) are found by their column headings wherever the
// list of participants starts. Reading changes nothing: AttendanceRecords imports the rows.
public sealed partial class AttendanceReport
{
    public const int MaxBytes = 2 * 1024 * 1024;

    public sealed record Row(int Line, string Name, string? Email, DateTimeOffset? JoinedAt, DateTimeOffset? LeftAt);

    public sealed record Skip(int Line, string Reason);

    private AttendanceReport(string? problem, string layout, IReadOnlyList<Row> rows, IReadOnlyList<Skip> skipped, int blankLines)
    {
        Problem = problem;
        Layout = layout;
        Rows = rows;
        Skipped = skipped;
        BlankLines = blankLines;
    }

    // Why the file cannot be read at all, in words for the facilitator; null when it can.
    public string? Problem { get; }

    // What the file was read as, for the report: "a Microsoft Teams attendance report".
    public string Layout { get; }

    public IReadOnlyList<Row> Rows { get; }

    // Lines that were not people: a summary section, a row with no name or email, and so on.
    public IReadOnlyList<Skip> Skipped { get; }

    public int BlankLines { get; }

    public bool CanImport => Problem is null;

    public static AttendanceReport Refused(string problem) => new(problem, "", [], [], 0);

    // Reads a report as it arrives (an upload, a request's body) no further than one byte past
    // what a report may be, so that one too large is refused without reading it all.
    public static async Task<AttendanceReport> ReadAsync(Stream content, DateOnly sessionDate, CancellationToken cancellationToken = default)
    {
        var buffer = new byte[MaxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await content.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        return Read(buffer.AsSpan(0, length), sessionDate);
    }

    // sessionDate: the UK date of the session, to read dates such as 03/06/2026 the right way
    // round (meeting tools write them in their user's locale) and to date times given alone.
    public static AttendanceReport Read(ReadOnlySpan<byte> content, DateOnly sessionDate)
    {
        if (content.Length == 0)
        {
            return Refused("The file is empty. Choose the attendance report you downloaded from the meeting.");
        }

        if (content.Length > MaxBytes)
        {
            return Refused($"The file must be smaller than {MaxBytes / (1024 * 1024)} MB.");
        }

        if (content.StartsWith("PK\u0003\u0004"u8))
        {
            return Refused("The file is a spreadsheet or archive, not a CSV file. Open it and save it as CSV, then upload that.");
        }

        var text = CsvText.Decode(content).TrimStart('\uFEFF');
        if (text.Any(c => c is < ' ' and not ('\r' or '\n' or '\t') || c == '\u007F'))
        {
            return Refused("The file is not a CSV file. Choose the attendance report as a CSV (.csv) file.");
        }

        var (directive, body) = SeparatorDirective(text);
        var best = (directive is { } d ? [d] : CsvText.Delimiters)
            .Select(delimiter => (Parsed: CsvText.Parse(body, delimiter), Delimiter: delimiter))
            .Select(candidate => (candidate.Parsed, Header: FindHeader(candidate.Parsed.Records)))
            .OrderByDescending(candidate => candidate.Header?.Score ?? -1)
            .First();

        if (best.Header is not { } header)
        {
            return Refused("The file has no column of names or email addresses. It needs a heading row with a column called ‘Name’ or ‘Email’.");
        }

        if (best.Parsed.UnclosedQuoteLine is { } quoteLine)
        {
            return Refused($"The file cannot be read: a quotation mark on line {quoteLine + (directive is null ? 0 : 1)} is never closed. Nothing was imported.");
        }

        var offset = directive is null ? 0 : 1;
        return ReadRows(best.Parsed.Records, header, sessionDate, offset);
    }

    private static AttendanceReport ReadRows(IReadOnlyList<CsvText.Record> records, Header header, DateOnly sessionDate, int lineOffset)
    {
        var rows = new List<Row>();
        var skipped = new List<Skip>();
        var blank = 0;
        string? laterSection = null;
        var beforeReason = header.Index == 0 ? "" : BeforeReason(records.Take(header.Index));

        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            var line = record.Line + lineOffset;
            if (i == header.Index)
            {
                continue;
            }

            if (record.IsBlank)
            {
                blank++;
                continue;
            }

            if (i < header.Index)
            {
                skipped.Add(new Skip(line, beforeReason));
                continue;
            }

            if (laterSection is null && IsSectionHeading(record))
            {
                laterSection = record.Fields.First(f => !string.IsNullOrWhiteSpace(f)).Trim();
            }

            if (laterSection is not null)
            {
                skipped.Add(new Skip(line, $"In the report's ‘{laterSection}’ section, not its list of participants"));
                continue;
            }

            if (header.IsRepeatedIn(record))
            {
                skipped.Add(new Skip(line, "A heading row repeated"));
                continue;
            }

            var name = Clean(header.NameOf(record));
            var email = Clean(header.EmailOf(record));
            if (email is not null && EmailAddress.Problem(email) is not null)
            {
                email = null;
            }

            if (name is null && email is null)
            {
                skipped.Add(new Skip(line, "No name or email address"));
                continue;
            }

            if (name is { Length: > Data.Entities.UnmatchedAttendee.NameMaxLength })
            {
                skipped.Add(new Skip(line, $"The name is longer than {Data.Entities.UnmatchedAttendee.NameMaxLength} characters"));
                continue;
            }

            var joined = header.Join is { } join ? ReportTime.Read(record[join], sessionDate) : null;
            var left = header.Leave is { } leave ? ReportTime.Read(record[leave], sessionDate) : null;
            if (header.Action is { } action && header.Timestamp is { } stamp)
            {
                // The old Teams layout: one row for each join and each leave.
                var at = ReportTime.Read(record[stamp], sessionDate);
                var what = record[action];
                joined ??= what.Contains("join", StringComparison.OrdinalIgnoreCase) ? at : null;
                left ??= what.Contains("left", StringComparison.OrdinalIgnoreCase) || what.Contains("leave", StringComparison.OrdinalIgnoreCase) ? at : null;
            }

            rows.Add(new Row(line, name ?? email!, email is null ? null : EmailAddress.Normalise(email), joined, left));
        }

        if (rows.Count == 0)
        {
            return new AttendanceReport(
                "The file has a list of participants, but nobody is on it. Nothing was imported.", header.Layout, [], skipped, blank);
        }

        return new AttendanceReport(null, header.Layout, rows, skipped, blank);
    }

    private static string BeforeReason(IEnumerable<CsvText.Record> before) =>
        before.Any(r => r.Fields.Any(f => f.Contains("summary", StringComparison.OrdinalIgnoreCase) || f.Contains("meeting", StringComparison.OrdinalIgnoreCase) || f.Contains("topic", StringComparison.OrdinalIgnoreCase)))
            ? "The meeting's summary, before the list of participants"
            : "Before the list of participants";

    // "3. In-Meeting Activities": Teams' next section, which lists every join and leave again.
    private static bool IsSectionHeading(CsvText.Record record)
    {
        var filled = record.Fields.Where(f => !string.IsNullOrWhiteSpace(f)).ToList();
        return filled.Count == 1 && SectionNumber().IsMatch(filled[0].Trim());
    }

    private static string? Clean(string? value)
    {
        var trimmed = value is null ? null : Spaces().Replace(value, " ").Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    // Excel's "sep=;" first line names the delimiter.
    private static (char? Delimiter, string Body) SeparatorDirective(string text)
    {
        var match = SepLine().Match(text);
        return match.Success ? (match.Groups[1].Value[0], text[match.Length..]) : (null, text);
    }

    private static Header? FindHeader(IReadOnlyList<CsvText.Record> records)
    {
        Header? emailOnly = null;
        // The list of participants starts near the top: a summary section is a dozen lines.
        foreach (var (record, index) in records.Take(60).Select((r, i) => (r, i)))
        {
            if (Header.From(record, index) is not { } header)
            {
                continue;
            }

            if (header.HasName)
            {
                return header;
            }

            emailOnly ??= header;
        }

        return emailOnly;
    }

    // Headings compared without case, spaces or punctuation: "First Join" is "firstjoin".
    private static string Key(string heading) => new(heading.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static readonly HashSet<string> NameKeys =
        ["name", "fullname", "nameoriginalname", "participant", "participantname", "displayname", "attendee", "attendeename", "yourname", "username"];

    private static readonly HashSet<string> FirstNameKeys = ["firstname", "givenname", "forename"];

    private static readonly HashSet<string> LastNameKeys = ["lastname", "surname", "familyname"];

    private static readonly HashSet<string> EmailKeys =
        ["email", "emailaddress", "useremail", "participantemail", "attendeeemail", "mail", "emailid"];

    private static readonly HashSet<string> UpnKeys = ["participantidupn", "upn", "userprincipalname"];

    private static readonly HashSet<string> JoinKeys =
        ["firstjoin", "jointime", "joined", "join", "firstjoined", "timejoined", "joinedat", "firstseen", "arrived"];

    private static readonly HashSet<string> LeaveKeys =
        ["lastleave", "leavetime", "left", "leave", "lastleft", "timeleft", "leftat", "timeexited", "exited", "lastseen"];

    private sealed record Header(
        int Index, int? Name, int? First, int? Last, int? Email, int? Upn, int? Join, int? Leave, int? Action, int? Timestamp,
        IReadOnlyList<string> Keys)
    {
        public bool HasName => Name is not null || First is not null;

        public int Score => (HasName ? 4 : 0) + (Email is not null ? 2 : 0) + (Join is not null ? 1 : 0) + (Leave is not null ? 1 : 0);

        public string Layout => Keys.Contains("participantidupn") || Keys.Contains("firstjoin") || (Action is not null && Timestamp is not null)
            ? "a Microsoft Teams attendance report"
            : Keys.Contains("nameoriginalname") || (Keys.Contains("useremail") && Keys.Contains("durationminutes"))
                ? "a Zoom participants export"
                : Join is not null || Leave is not null
                    ? "an attendance report with join and leave times"
                    : "a list of names and email addresses";

        public static Header? From(CsvText.Record record, int index)
        {
            var keys = record.Fields.Select(Key).ToList();
            int? Find(HashSet<string> wanted)
            {
                var at = keys.FindIndex(wanted.Contains);
                return at < 0 ? null : at;
            }

            var header = new Header(index, Find(NameKeys), Find(FirstNameKeys), Find(LastNameKeys), Find(EmailKeys), Find(UpnKeys),
                Find(JoinKeys), Find(LeaveKeys), Find(["useraction", "action"]), Find(["timestamp", "time"]), keys);
            return header.HasName || header.Email is not null || header.Upn is not null ? header : null;
        }

        public string? NameOf(CsvText.Record record)
        {
            if (Name is { } name && !string.IsNullOrWhiteSpace(record[name]))
            {
                return record[name];
            }

            return First is { } first ? $"{record[first]} {(Last is { } last ? record[last] : "")}" : null;
        }

        public string? EmailOf(CsvText.Record record)
        {
            var email = Email is { } e ? record[e] : "";
            return !string.IsNullOrWhiteSpace(email) ? email : Upn is { } upn ? record[upn] : null;
        }

        public bool IsRepeatedIn(CsvText.Record record) =>
            record.Fields.Count == Keys.Count && record.Fields.Select(Key).SequenceEqual(Keys);
    }

    [GeneratedRegex(@"^\d+\.\s+\S")]
    private static partial Regex SectionNumber();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\s*sep=([,;\t|])\s*(\r\n|\n|\r)", RegexOptions.IgnoreCase)]
    private static partial Regex SepLine();
}

// Join and leave times as meeting tools write them, in the local (UK) time of whoever
// downloaded the report: "1/15/24, 9:58:12 AM", "15/01/2024 09:58", "2026-06-03 14:02:10",
// ISO 8601 with an offset, or a time alone. Day and month are taken the way round that puts the
// time nearest the session, since Teams and Zoom write the date in their user's locale.
public static partial class ReportTime
{
    public static DateTimeOffset? Read(string? value, DateOnly sessionDate)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (IsoWithZone().IsMatch(text) &&
            DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var exact))
        {
            return exact.ToUniversalTime();
        }

        var time = TimePart().Match(text);
        if (!time.Success || ClockTime(time) is not { } clock)
        {
            return null;
        }

        var date = DatePart().Match(text);
        if (!date.Success)
        {
            return UkTimeZone.ToUtc(sessionDate, clock);
        }

        return Dates(date)
            .Select(d => UkTimeZone.ToUtc(d, clock))
            .OrderBy(at => Math.Abs((UkTimeZone.DateOf(at).DayNumber) - sessionDate.DayNumber))
            .Cast<DateTimeOffset?>()
            .FirstOrDefault();
    }

    private static TimeOnly? ClockTime(Match time)
    {
        var hour = int.Parse(time.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(time.Groups["m"].Value, CultureInfo.InvariantCulture);
        var second = time.Groups["s"].Success ? int.Parse(time.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        if (time.Groups["ampm"].Success)
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }

            var pm = time.Groups["ampm"].Value.StartsWith('p') || time.Groups["ampm"].Value.StartsWith('P');
            hour = hour % 12 + (pm ? 12 : 0);
        }

        return hour < 24 && minute < 60 && second < 60 ? new TimeOnly(hour, minute, second) : null;
    }

    private static IEnumerable<DateOnly> Dates(Match date)
    {
        var a = date.Groups["a"].Value;
        var b = int.Parse(date.Groups["b"].Value, CultureInfo.InvariantCulture);
        var c = date.Groups["c"].Value;
        if (a.Length == 4)
        {
            return Valid(int.Parse(a, CultureInfo.InvariantCulture), b, int.Parse(c, CultureInfo.InvariantCulture));
        }

        var year = int.Parse(c, CultureInfo.InvariantCulture);
        year += c.Length <= 2 ? 2000 : 0;
        var first = int.Parse(a, CultureInfo.InvariantCulture);
        return Valid(year, b, first).Concat(Valid(year, first, b));
    }

    private static IEnumerable<DateOnly> Valid(int year, int month, int day)
    {
        if (year is >= 2000 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            yield return new DateOnly(year, month, day);
        }
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex IsoWithZone();

    [GeneratedRegex(@"(?<a>\d{1,4})[/.-](?<b>\d{1,2})[/.-](?<c>\d{1,4})")]
    private static partial Regex DatePart();

    [GeneratedRegex(@"(?<![\d:])(?<h>\d{1,2}):(?<m>\d{2})(?::(?<s>\d{2}))?(?:\.\d+)?\s*(?<ampm>[AaPp]\.?[Mm]\.?)?")]
    private static partial Regex TimePart();
}
