using System.Globalization;
using System.Text;

namespace Roundtable.Core.Sessions.Calendar;

// iCalendar's content lines (RFC 5545 §3.1): one property a line, CRLF after each, and no line
// longer than 75 octets: a longer one is folded onto continuation lines that start with a space.
// Calendar apps are strict about all three, and about escaping text, so they live here only.
public sealed class ContentLines
{
    public const int MaxOctets = 75;

    private readonly StringBuilder text = new();

    public void Begin(string component) => Add("BEGIN", component);

    public void End(string component) => Add("END", component);

    // A value that is already in its property's format (a date, a number, a rule, a URI).
    public void Add(string name, string value, string? parameters = null)
    {
        // A raw value carrying a line break would start a property of its own.
        if (value.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new ArgumentException($"{name} cannot hold a line break.", nameof(value));
        }

        Fold(parameters is null ? $"{name}:{value}" : $"{name};{parameters}:{value}");
    }

    public void AddText(string name, string value) => Add(name, EscapeText(value));

    // Local time in the named zone: "DTSTART;TZID=Europe/London:20260403T140000".
    public void AddLocalTime(string name, DateTime local, string timeZoneId) =>
        Add(name, local.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture), $"TZID={timeZoneId}");

    // An instant in UTC: "DTSTAMP:20261121T120000Z".
    public void AddUtcTime(string name, DateTimeOffset time) =>
        Add(name, time.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));

    public override string ToString() => text.ToString();

    // TEXT values (§3.3.11): backslash, semicolon and comma are escaped, a line break becomes \n,
    // and other control characters, which TEXT may not hold, are left out.
    public static string EscapeText(string value)
    {
        var escaped = new StringBuilder(value.Length + 16);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\':
                    escaped.Append(@"\\");
                    break;
                case ';':
                    escaped.Append(@"\;");
                    break;
                case ',':
                    escaped.Append(@"\,");
                    break;
                case '\r':
                    escaped.Append(@"\n");
                    if (i + 1 < value.Length && value[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n':
                    escaped.Append(@"\n");
                    break;
                case '\t':
                    escaped.Append(c);
                    break;
                default:
                    if (!char.IsControl(c))
                    {
                        escaped.Append(c);
                    }

                    break;
            }
        }

        return escaped.ToString();
    }

    // Folds by UTF-8 octets, a whole character at a time, so a character of two to four octets
    // (an accent, an emoji) is never split across lines. A continuation's leading space counts.
    private void Fold(string line)
    {
        var octets = 0;
        Span<char> chars = stackalloc char[2];
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxOctets)
            {
                text.Append("\r\n ");
                octets = 1;
            }

            text.Append(chars[..rune.EncodeToUtf16(chars)]);
            octets += size;
        }

        text.Append("\r\n");
    }
}
