using System.IO.Compression;
using System.Text;
using System.Text.Unicode;

namespace Roundtable.Core.Resources;

// The files members may share, known by what their bytes are as well as by their names: a file
// whose name says one thing and whose contents are another is refused, and what is stored and
// served is the allow-list's content type, never the browser's word. Nothing here can be shown
// inline as a page (no HTML, no SVG).
public static class FileTypes
{
    public sealed record FileType(string Name, string ContentType, IReadOnlyList<string> Extensions);

    public static readonly FileType Pdf = new("a PDF", "application/pdf", [".pdf"]);
    public static readonly FileType Word = new("a Word document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"]);
    public static readonly FileType Excel = new("an Excel spreadsheet", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"]);
    public static readonly FileType PowerPoint = new("a PowerPoint presentation", "application/vnd.openxmlformats-officedocument.presentationml.presentation", [".pptx"]);
    public static readonly FileType Text = new("a text file", "text/plain; charset=utf-8", [".txt"]);
    public static readonly FileType Csv = new("a CSV file", "text/csv; charset=utf-8", [".csv"]);
    public static readonly FileType Png = new("a PNG image", "image/png", [".png"]);
    public static readonly FileType Jpeg = new("a JPEG image", "image/jpeg", [".jpg", ".jpeg"]);

    public static readonly IReadOnlyList<FileType> Allowed = [Pdf, Word, Excel, PowerPoint, Text, Csv, Png, Jpeg];

    public const string AllowedInWords = "a PDF, a Word, Excel or PowerPoint file (.docx, .xlsx, .pptx), a text or CSV file, or a PNG or JPEG image";

    public static string Accept => string.Join(',', Allowed.SelectMany(t => t.Extensions));

    public static FileType? ByExtension(string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return Allowed.FirstOrDefault(t => t.Extensions.Contains(extension));
    }

    // What the bytes are, of the allowed types; null when they are none of them. A .txt and a
    // .csv are both text, told apart only by their names.
    public static FileType? ByContent(ReadOnlySpan<byte> bytes, FileType? named)
    {
        if (bytes.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (bytes.StartsWith("PK\u0003\u0004"u8))
        {
            return OfficeDocument(bytes.ToArray());
        }

        return IsText(bytes) ? (named == Csv ? Csv : Text) : null;
    }

    // An Office Open XML file is a zip with its content types and its main part.
    private static FileType? OfficeDocument(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            if (!names.Contains("[Content_Types].xml"))
            {
                return null;
            }

            return names.Contains("word/document.xml") ? Word
                : names.Contains("xl/workbook.xml") ? Excel
                : names.Contains("ppt/presentation.xml") ? PowerPoint
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    // UTF-8 without the control characters that mark a binary file.
    private static bool IsText(ReadOnlySpan<byte> bytes)
    {
        if (!Utf8.IsValid(bytes))
        {
            return false;
        }

        foreach (var b in bytes)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C))
            {
                return false;
            }
        }

        return true;
    }

    // A name safe to store and to send back in a download: the last part of any path, letters,
    // digits, spaces and ._-() only, no leading dots, at most ResourceFile.FileNameMaxLength,
    // keeping its extension.
    public static string SafeName(string? fileName, FileType type)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (!type.Extensions.Contains(extension))
        {
            extension = type.Extensions[0];
        }

        var stem = new StringBuilder();
        foreach (var c in Path.GetFileNameWithoutExtension(name).Normalize(NormalizationForm.FormC))
        {
            stem.Append(char.IsLetterOrDigit(c) || c is ' ' or '.' or '-' or '_' or '(' or ')' ? c : '-');
        }

        var clean = string.Join(' ', stem.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('.', '-', ' ');
        var room = Data.Entities.ResourceFile.FileNameMaxLength - extension.Length;
        clean = clean.Length > room ? clean[..room].TrimEnd('.', '-', ' ') : clean;
        return (clean.Length == 0 ? "file" : clean) + extension;
    }
}
