using System.Text;

namespace Roundtable.Core.Calendar;

// iCalendar's content lines (RFC 5545 §3.1) are at most 75 octets: a longer one is folded onto
// continuation lines that start with a space. Ical.Net 5.2.4 folds by UTF-16 code unit, so a fold
// can fall between the two halves of an emoji (a surrogate pair), which UTF-8 then writes as two
// U+FFFD (Ical.Net/Utility/TextUtil.cs, FoldLines). So its output is unfolded and folded again
// here a whole character at a time. Ical.Net has already escaped every line break in a value, so
// CRLF and a space is always a fold.
public static class ContentLines
{
    public const int MaxOctets = 75;

    public static string Refold(string calendar)
    {
        var unfolded = calendar.Replace("\r\n ", "", StringComparison.Ordinal);
        var text = new StringBuilder(calendar.Length + 64);
        foreach (var line in unfolded.Split("\r\n"))
        {
            if (line.Length > 0)
            {
                Fold(text, line);
            }
        }

        return text.ToString();
    }

    // A character of two to four octets (an accent, an emoji) is never split across lines, and a
    // continuation's leading space counts.
    private static void Fold(StringBuilder text, string line)
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
