using System.Text;
using Roundtable.Core.Csv;

namespace Roundtable.Core.Tests.Csv;

public class CsvTextTests
{
    private static List<IReadOnlyList<string>> Fields(string text, char delimiter = ',') =>
        CsvText.Parse(text, delimiter).Records.Select(r => r.Fields).ToList();

    [Fact]
    public void Parse_PlainCommas_SplitsFieldsAndRecords()
    {
        var records = Fields("Name,Email\nAnn Able,ann@example.org\n");

        Assert.Equal([["Name", "Email"], ["Ann Able", "ann@example.org"]], records);
    }

    [Fact]
    public void Parse_QuotedFieldsWithDelimitersDoubledQuotesAndLineBreaks_KeepsThemInTheField()
    {
        var records = Fields("\"Able, Ann\",\"She said \"\"hello\"\"\",\"two\r\nlines\"\r\nnext,row");

        Assert.Equal([["Able, Ann", "She said \"hello\"", "two\r\nlines"], ["next", "row"]], records);
    }

    [Theory]
    [InlineData("a,b\r\nc,d")]
    [InlineData("a,b\nc,d")]
    [InlineData("a,b\rc,d")]
    [InlineData("a,b\r\nc,d\r\n")]
    public void Parse_AnyLineEnding_GivesTheSameRecords(string text) =>
        Assert.Equal([["a", "b"], ["c", "d"]], Fields(text));

    [Theory]
    [InlineData(';', "Name;Email\nAnn;ann@example.org")]
    [InlineData('\t', "Name\tEmail\nAnn\tann@example.org")]
    public void Parse_SemicolonsOrTabs_SplitOnTheGivenDelimiter(char delimiter, string text) =>
        Assert.Equal([["Name", "Email"], ["Ann", "ann@example.org"]], Fields(text, delimiter));

    [Fact]
    public void Parse_RecordsKnowTheLineTheyStartOn()
    {
        var parsed = CsvText.Parse("a\n\"b\nb\"\nc", ',');

        Assert.Equal([1, 2, 4], parsed.Records.Select(r => r.Line));
    }

    [Fact]
    public void Parse_AQuoteThatNeverCloses_SaysWhichLine()
    {
        var parsed = CsvText.Parse("Name\nAnn\n\"Bea\nCal", ',');

        Assert.Equal(3, parsed.UnclosedQuoteLine);
    }

    [Fact]
    public void Parse_AQuoteInsideAnUnquotedField_IsJustACharacter() =>
        Assert.Equal([["Ann \"AJ\" Able", "x"]], Fields("Ann \"AJ\" Able,x"));

    [Fact]
    public void Parse_SpacesBeforeAnOpeningQuote_AreNotPartOfTheField() =>
        Assert.Equal([["a", "b, c"]], Fields("a, \"b, c\""));

    [Fact]
    public void Parse_BlankLines_AreKeptAsBlankRecords()
    {
        var parsed = CsvText.Parse("Name\n\nAnn\n \n", ',');

        Assert.Equal([(1, false), (2, true), (3, false), (4, true)], parsed.Records.Select(r => (r.Line, r.IsBlank)));
    }

    [Fact]
    public void Parse_TextAfterAClosingQuote_IsKeptInTheField() =>
        Assert.Equal([["abc", "d"]], Fields("\"ab\"c,d"));

    [Fact]
    public void Decode_Utf8WithBom_DropsTheBom() =>
        Assert.Equal("Name", CsvText.Decode([0xEF, 0xBB, 0xBF, .. "Name"u8]));

    [Fact]
    public void Decode_Utf16LittleEndianWithBom_ReadsIt() =>
        Assert.Equal("Name\tÉmail", CsvText.Decode([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Name\tÉmail")]));

    [Fact]
    public void Decode_Utf16BigEndianWithBom_ReadsIt() =>
        Assert.Equal("Name", CsvText.Decode([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("Name")]));

    [Fact]
    public void Decode_Utf16WithoutBom_IsRecognised() =>
        Assert.Equal("Name,Email", CsvText.Decode(Encoding.Unicode.GetBytes("Name,Email")));

    [Fact]
    public void Decode_BytesThatAreNotUtf8_AreReadAsWindows1252() =>
        Assert.Equal("Zoë’s", CsvText.Decode([(byte)'Z', (byte)'o', 0xEB, 0x92, (byte)'s']));
}
