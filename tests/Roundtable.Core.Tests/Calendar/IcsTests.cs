using System.Text;
using Roundtable.Tests.Shared;

namespace Roundtable.Core.Tests.Calendar;

// The test reader itself, so a test that passes through it passes because the file is right.
public class IcsTests
{
    [Fact]
    public void Parse_FoldedLines_AreJoinedWithoutTheirLeadingSpaceOrTab()
    {
        var text = "BEGIN:VCALENDAR\r\nSUMMARY:Hello \r\n wor\r\n\tld\r\nEND:VCALENDAR\r\n";

        var calendar = Ics.Parse(text);

        Assert.Equal("Hello world", calendar.Text("SUMMARY"));
    }

    [Fact]
    public void Parse_Parameters_AreReadQuotedOrNot()
    {
        var text = "BEGIN:VCALENDAR\r\nDTSTART;TZID=Europe/London;X-NOTE=\"a;b:c,d\":20260403T140000\r\nEND:VCALENDAR\r\n";

        var start = Ics.Parse(text).Property("DTSTART");

        Assert.Equal("Europe/London", start.Parameter("tzid"));
        Assert.Equal("a;b:c,d", start.Parameter("X-NOTE"));
        Assert.Equal("20260403T140000", start.Value);
    }

    [Fact]
    public void Parse_Value_KeepsEveryColonAfterTheFirst()
    {
        var text = "BEGIN:VCALENDAR\r\nURL:https://example.org:8443/a\r\nEND:VCALENDAR\r\n";

        Assert.Equal("https://example.org:8443/a", Ics.Parse(text).Value("URL"));
    }

    [Theory]
    [InlineData(@"a\\b", @"a\b")]
    [InlineData(@"a\;b\,c", "a;b,c")]
    [InlineData(@"one\ntwo\Nthree", "one\ntwo\nthree")]
    public void UnescapeText_Escapes_AreUndone(string value, string expected) =>
        Assert.Equal(expected, Ics.UnescapeText(value));

    [Theory]
    [InlineData("a;b")]
    [InlineData("a,b")]
    [InlineData(@"a\x")]
    [InlineData(@"a\")]
    public void UnescapeText_WhatTextCannotHold_IsRefused(string value) =>
        Assert.Throws<FormatException>(() => Ics.UnescapeText(value));

    [Fact]
    public void UnescapeText_AControlCharacter_IsRefusedButATabIsText()
    {
        Assert.Throws<FormatException>(() => Ics.UnescapeText("a\u0007b"));
        Assert.Equal("a\tb", Ics.UnescapeText("a\tb"));
    }

    [Theory]
    [InlineData("19961027T020000", true)]
    [InlineData("19951022T020000", false)]
    public void IcsTimeZone_AnObservanceThatStartsOffItsRule_IsRefused(string dtstart, bool valid)
    {
        var text = "BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\nBEGIN:STANDARD\r\n" +
                   $"DTSTART:{dtstart}\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n" +
                   "TZNAME:GMT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";

        var read = Record.Exception(() => new IcsTimeZone(Ics.Parse(text)));

        Assert.Equal(valid, read is null);
    }

    [Theory]
    [InlineData("BEGIN:VCALENDAR\nEND:VCALENDAR\r\n")]
    [InlineData("BEGIN:VCALENDAR\r\nEND:VCALENDAR")]
    [InlineData("BEGIN:VCALENDAR\rEND:VCALENDAR\r\n")]
    [InlineData("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n")]
    public void Parse_LinesOrComponentsNotClosedProperly_AreRefused(string text) =>
        Assert.Throws<FormatException>(() => Ics.Parse(text));

    [Fact]
    public void PhysicalLines_LongerThan75Octets_AreRefused()
    {
        var bytes = Encoding.UTF8.GetBytes("SUMMARY:" + new string('a', 68) + "\r\n");

        Assert.Throws<FormatException>(() => Ics.PhysicalLines(bytes));
    }

    [Fact]
    public void PhysicalLines_ACharacterSplitAcrossLines_IsRefused()
    {
        var euro = Encoding.UTF8.GetBytes("€");
        byte[] bytes = [.. "SUMMARY:"u8, euro[0], .. "\r\n "u8, euro[1], euro[2], .. "\r\n"u8];

        Assert.ThrowsAny<ArgumentException>(() => Ics.PhysicalLines(bytes));
    }
}
