using System.Text;
using CsvHelper;

namespace Roundtable.Core.Csv;

// Delimited text as people upload it. CsvHelper reads the records (quoted fields, doubled quotes
// and line breaks inside them, CRLF, LF or CR line ends, rows of any length); what is ours is
// choosing its options for files nobody checked, and decoding the bytes: files from meeting tools
// arrive in UTF-8 (with or without a BOM), UTF-16 (Teams) or an old spreadsheet's Windows-1252.
public static class CsvText
{
    public sealed record Record(int Line, IReadOnlyList<string> Fields)
    {
        public bool IsBlank => Fields.All(string.IsNullOrWhiteSpace);

        public string this[int index] => index >= 0 && index < Fields.Count ? Fields[index] : "";
    }

    // Records in order; UnclosedQuoteLine is the line of the record where a quote opened and never
    // closed, in which case the file cannot be trusted (everything after it would be one field).
    public sealed record Parsed(IReadOnlyList<Record> Records, int? UnclosedQuoteLine);

    public static readonly char[] Delimiters = [',', ';', '\t'];

    // Text from bytes: a BOM says what it is; without one, UTF-16 shows itself by its zero bytes;
    // otherwise UTF-8, or Windows-1252 when the bytes are not valid UTF-8 (an old "ANSI" spreadsheet).
    // CsvHelper honours BOMs, but would take BOM-less UTF-16 and Windows-1252 for UTF-8.
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Utf8(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        if (LooksLikeUtf16(bytes, out var bigEndian))
        {
            return (bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetString(bytes);
        }

        return Utf8(bytes);
    }

    public static Parsed Parse(string text, char delimiter)
    {
        int? unclosedQuoteLine = null;
        var options = new CsvReaderOptions
        {
            Separator = delimiter,
            // The heading row is found by the caller: reports put a summary above it.
            HasHeader = false,
            // Blank lines are counted in what the import reports.
            SkipEmptyLines = false,
            TrackLineNumbers = true,
            // Spaces before an opening quote do not start the field: `a, "b"` is a and b.
            TrimWhitespace = true,
            // The caller reads Excel's "sep=" line itself, having tried each delimiter.
            DetectSeparatorHint = false,
            // Anything else malformed (a quote inside a field, text after a closing quote) is kept as text.
            OnMalformedRecord = problem =>
            {
                if (problem.Reason == CsvMalformedReason.UnterminatedQuote)
                {
                    unclosedQuoteLine ??= checked((int)problem.LineNumber);
                }
            },
        };

        var records = new List<Record>();
        using var reader = CsvReader.FromText(text, options);
        while (reader.Read())
        {
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.GetString(i);
            }

            records.Add(new Record(checked((int)reader.LineNumber), fields));
        }

        return new Parsed(records, unclosedQuoteLine);
    }

    private static string Utf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(bytes);
        }
    }

    // Text in UTF-16 without a BOM has a zero in most high bytes: odd positions for little-endian.
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        var sample = bytes[..Math.Min(bytes.Length, 4000)];
        if (sample.Length < 4 || bytes.Length % 2 != 0)
        {
            return false;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        bigEndian = evenZeros > oddZeros;
        return Math.Max(evenZeros, oddZeros) > pairs * 0.6;
    }
}
