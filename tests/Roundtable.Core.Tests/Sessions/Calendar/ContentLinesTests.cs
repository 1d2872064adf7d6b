using System.Text;
using Roundtable.Core.Sessions.Calendar;
using Roundtable.Tests.Shared;

namespace Roundtable.Core.Tests.Sessions.Calendar;

public class ContentLinesTests
{
    private static byte[] Written(Action<ContentLines> write)
    {
        var lines = new ContentLines();
        lines.Begin("VCALENDAR");
        write(lines);
        lines.End("VCALENDAR");
        return Encoding.UTF8.GetBytes(lines.ToString());
    }

    [Fact]
    public void AddText_SemicolonCommaBackslashAndNewlines_AreEscapedAndReadBackExactly()
    {
        const string summary = "Housing; care, and \\ support\nLine two\r\nLine three\rLine four";

        var bytes = Written(lines => lines.AddText("SUMMARY", summary));

        var raw = Ics.Unfold(bytes).Single(line => line.StartsWith("SUMMARY:", StringComparison.Ordinal));
        Assert.Equal(@"SUMMARY:Housing\; care\, and \\ support\nLine two\nLine three\nLine four", raw);
        Assert.Equal("Housing; care, and \\ support\nLine two\nLine three\nLine four", Ics.Parse(bytes).Text("SUMMARY"));
    }

    [Fact]
    public void AddText_ControlCharacters_AreLeftOutButTabsKept()
    {
        var bytes = Written(lines => lines.AddText("SUMMARY", "a\u0007b\tc\u0000d"));

        Assert.Equal("ab\tcd", Ics.Parse(bytes).Text("SUMMARY"));
    }

    [Fact]
    public void AddText_A300CharacterSummaryWithEmojiAndAccents_FoldsWithinLimitsAndUnfoldsExactly()
    {
        var summary = string.Concat(string.Concat(Enumerable.Repeat("Café ☕ naïve résumé 👩🏽‍⚕️ ", 20)).EnumerateRunes().Take(300));

        var bytes = Written(lines => lines.AddText("SUMMARY", summary));

        var physical = Ics.PhysicalLines(bytes);
        Assert.All(physical, line => Assert.InRange(line.Length, 1, 75));
        Assert.Equal(300, summary.EnumerateRunes().Count());
        Assert.True(physical.Count > 2 + (Encoding.UTF8.GetByteCount(summary) / 75), "A summary this long must be folded.");
        Assert.Equal(summary, Ics.Parse(bytes).Text("SUMMARY"));
    }

    [Fact]
    public void Add_ALineOfExactly75Octets_IsNotFolded()
    {
        var value = new string('a', 75 - "SUMMARY:".Length);

        var bytes = Written(lines => lines.Add("SUMMARY", value));

        Assert.Equal(3, Ics.PhysicalLines(bytes).Count);
    }

    [Fact]
    public void Add_ALineOf76Octets_IsFoldedOntoAContinuation()
    {
        var value = new string('a', 76 - "SUMMARY:".Length);

        var bytes = Written(lines => lines.Add("SUMMARY", value));

        var physical = Ics.PhysicalLines(bytes);
        Assert.Equal(4, physical.Count);
        Assert.Equal(75, physical[1].Length);
        Assert.Equal(" a"u8.ToArray(), physical[2]);
    }

    [Fact]
    public void Add_FourOctetCharactersAtTheFold_MoveWholeToTheNextLine()
    {
        // 8 octets of name, then emoji of 4 octets: the 17th would end at octet 76.
        var value = string.Concat(Enumerable.Repeat("😀", 17));

        var bytes = Written(lines => lines.Add("SUMMARY", value));

        var physical = Ics.PhysicalLines(bytes);
        Assert.Equal(8 + (16 * 4), physical[1].Length);
        Assert.Equal(1 + 4, physical[2].Length);
        Assert.Equal(value, Ics.Parse(bytes).Value("SUMMARY"));
    }

    [Fact]
    public void Add_ARawValueWithALineBreak_IsRefused()
    {
        var lines = new ContentLines();

        Assert.Throws<ArgumentException>(() => lines.Add("URL", "https://example.org/\r\nX-EVIL:1"));
    }

    [Fact]
    public void ToString_EveryLine_EndsWithCrlf()
    {
        var text = Encoding.UTF8.GetString(Written(lines => lines.AddText("SUMMARY", "one\ntwo")));

        Assert.Equal("BEGIN:VCALENDAR\r\nSUMMARY:one\\ntwo\r\nEND:VCALENDAR\r\n", text);
    }
}
