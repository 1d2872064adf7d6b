using System.Text;
using Roundtable.Core.Calendar;
using Roundtable.Tests.Shared;

namespace Roundtable.Core.Tests.Calendar;

// Folding again what Ical.Net folded, a whole character at a time (see ContentLines).
public class ContentLinesTests
{
    private static byte[] Refolded(string summaryLine) =>
        Encoding.UTF8.GetBytes(ContentLines.Refold($"BEGIN:VCALENDAR\r\n{summaryLine}\r\nEND:VCALENDAR\r\n"));

    [Fact]
    public void Refold_ALineOfExactly75Octets_IsNotFolded()
    {
        var bytes = Refolded("SUMMARY:" + new string('a', 75 - "SUMMARY:".Length));

        Assert.Equal(3, Ics.PhysicalLines(bytes).Count);
    }

    [Fact]
    public void Refold_ALineOf76Octets_IsFoldedOntoAContinuation()
    {
        var bytes = Refolded("SUMMARY:" + new string('a', 76 - "SUMMARY:".Length));

        var physical = Ics.PhysicalLines(bytes);
        Assert.Equal(4, physical.Count);
        Assert.Equal(75, physical[1].Length);
        Assert.Equal(" a"u8.ToArray(), physical[2]);
    }

    [Fact]
    public void Refold_FourOctetCharactersAtTheFold_MoveWholeToTheNextLine()
    {
        // 8 octets of name, then emoji of 4 octets: the 17th would end at octet 76.
        var value = string.Concat(Enumerable.Repeat("😀", 17));

        var bytes = Refolded("SUMMARY:" + value);

        var physical = Ics.PhysicalLines(bytes);
        Assert.Equal(8 + (16 * 4), physical[1].Length);
        Assert.Equal(1 + 4, physical[2].Length);
        Assert.Equal(value, Ics.Parse(bytes).Value("SUMMARY"));
    }

    [Fact]
    public void Refold_AnEmojiSplitByAnEarlierFold_IsJoinedAgain()
    {
        // What Ical.Net 5.2.4 writes when a fold falls inside a surrogate pair.
        var bytes = Refolded("SUMMARY:" + new string('a', 64) + "\ud83d\r\n \ude00");

        Assert.Equal(new string('a', 64) + "😀", Ics.Parse(bytes).Value("SUMMARY"));
    }
}
