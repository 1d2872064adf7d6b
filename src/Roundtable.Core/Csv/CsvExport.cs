using CsvHelper;

namespace Roundtable.Core.Csv;

// One column of an export: its heading and how a row gives its value. A value that is a number,
// date or boolean is written as one; anything else is written as text.
public sealed record CsvColumn<T>(string Heading, Func<T, object?> Value);

// A CSV file for people to open in a spreadsheet: UTF-8 with a byte-order mark (so Excel reads
// accents), CRLF line ends, fields quoted where they need it. Text that a spreadsheet would run
// as a formula — a cell starting with = + - @, a tab or a carriage return, from a name or a note
// someone typed — is written with a leading ' so it shows as the text it is (CSV injection).
// Numbers are written as numbers, so -5 stays -5.
public static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly CsvWriterOptions Options = new()
    {
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
    };

    public static void Write<T>(Stream destination, IEnumerable<T> rows, IReadOnlyList<CsvColumn<T>> columns)
    {
        ArgumentOutOfRangeException.ThrowIfZero(columns.Count);
        using var writer = CsvWriter.Create(destination, Options, leaveOpen: true);
        foreach (var column in columns)
        {
            writer.WriteField(column.Heading);
        }

        writer.EndRecord();
        foreach (var row in rows)
        {
            foreach (var column in columns)
            {
                writer.WriteField(column.Value(row));
            }

            writer.EndRecord();
        }
    }

    public static byte[] Write<T>(IEnumerable<T> rows, params IReadOnlyList<CsvColumn<T>> columns)
    {
        using var bytes = new MemoryStream();
        Write(bytes, rows, columns);
        return bytes.ToArray();
    }
}
