using System.Text;
using Roundtable.Core.Csv;

namespace Roundtable.Core.Tests.Csv;

public class CsvExportTests
{
    private sealed record Person(string Name, int? Sessions);

    private static readonly CsvColumn<Person>[] Columns =
    [
        new("Name", p => p.Name),
        new("Sessions", p => p.Sessions),
    ];

    private static string Written(params Person[] people)
    {
        var bytes = CsvExport.Write(people, Columns);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        return Encoding.UTF8.GetString(bytes[3..]);
    }

    [Fact]
    public void Write_Rows_HaveAHeadingRowAndEndWithCrlf() =>
        Assert.Equal("Name,Sessions\r\nAnn Able,3\r\nBea Bright,\r\n", Written(new Person("Ann Able", 3), new Person("Bea Bright", null)));

    [Theory]
    [InlineData("=HYPERLINK(\"https://example.org\")", "\"'=HYPERLINK(\"\"https://example.org\"\")\"")]
    [InlineData("+44 7700 900123", "\"'+44 7700 900123\"")]
    [InlineData("-2+3", "\"'-2+3\"")]
    [InlineData("@SUM(A1:A9)", "\"'@SUM(A1:A9)\"")]
    [InlineData("\t=1+1", "\"'\t=1+1\"")]
    [InlineData("\r=1+1", "\"'\r=1+1\"")]
    public void Write_TextThatStartsLikeAFormula_IsPrefixedSoItStaysText(string name, string expected) =>
        Assert.Equal($"Name,Sessions\r\n{expected},1\r\n", Written(new Person(name, 1)));

    [Fact]
    public void Write_ANegativeNumber_StaysANumber() =>
        Assert.Equal("Name,Sessions\r\nAnn Able,-5\r\n", Written(new Person("Ann Able", -5)));

    [Fact]
    public void Write_CommasQuotesLineBreaksAndAccents_AreQuotedAndReadBackExactly()
    {
        var name = "Able, Ann \"AJ\"\nZoë’s line";

        var text = Written(new Person(name, 2));

        Assert.Equal($"Name,Sessions\r\n\"Able, Ann \"\"AJ\"\"\nZoë’s line\",2\r\n", text);
        var parsed = CsvText.Parse(text, ',');
        Assert.Equal([name, "2"], parsed.Records[1].Fields);
    }
}
