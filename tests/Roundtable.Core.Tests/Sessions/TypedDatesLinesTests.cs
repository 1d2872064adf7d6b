using Roundtable.Core.Sessions;
using Roundtable.Tests.Shared;

namespace Roundtable.Core.Tests.Sessions;

// Lines pasted from a published programme: bullet points and the times they give, for dates
// written from the test clock's today so they never fall into the past.
public class TypedDatesLinesTests
{
    private static readonly DateOnly Soon = TestClock.Today.AddDays(40);

    private static string Line(string pattern) => pattern.Replace("{date}", TestClock.LongDate(Soon), StringComparison.Ordinal);

    [Theory]
    [InlineData("- ")]
    [InlineData("• ")]
    [InlineData("* ")]
    [InlineData("1. ")]
    [InlineData("2) ")]
    public void ParseDates_BulletPoints_AreReadAsTheirDates(string bullet)
    {
        var later = Soon.AddDays(91);

        var list = TypedDates.ParseDates($"{bullet}{TestClock.LongDate(Soon)}, 2pm – 4pm\n{bullet}{TestClock.ShortDate(later)}");

        Assert.Null(list.Problem);
        Assert.Equal([Soon, later], list.Dates);
    }

    [Theory]
    [InlineData("{date}, 2pm – 4pm", 14, 0, 16, 0)]
    [InlineData("- {date}, 2pm – 4pm", 14, 0, 16, 0)]
    [InlineData("{date} 14:00-16:00", 14, 0, 16, 0)]
    [InlineData("{date}, 2–4pm", 14, 0, 16, 0)]
    [InlineData("{date}, 10.30am to 12:15pm", 10, 30, 12, 15)]
    [InlineData("{date}, 11–1pm", 11, 0, 13, 0)]
    [InlineData("• {date}: 18:30 - 20:00, at the Town Hall", 18, 30, 20, 0)]
    public void ParseLine_TimesInTheLine_AreRead(string pattern, int startHour, int startMinute, int endHour, int endMinute)
    {
        var read = TypedDates.ParseLine(Line(pattern));

        Assert.Equal(new TypedDates.DateLine(Soon, new MeetingTimes(new(startHour, startMinute), new(endHour, endMinute))), read);
    }

    [Theory]
    [InlineData("{date}")]
    [InlineData("{date}, at the Town Hall")]
    public void ParseLine_NoTimes_IsTheDateAlone(string pattern) =>
        Assert.Equal(new TypedDates.DateLine(Soon, null), TypedDates.ParseLine(Line(pattern)));

    [Fact]
    public void ParseLine_ADateWrittenWithDashes_IsNotReadAsTimes()
    {
        var typed = Soon.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(new TypedDates.DateLine(Soon, null), TypedDates.ParseLine(typed));
    }

    [Theory]
    [InlineData("{date}, 4pm – 2pm")]
    [InlineData("{date}, 2 - 4")]
    [InlineData("{date}, 2pm")]
    [InlineData("{date}, 25:00-26:00")]
    public void ParseDates_TimesThatCannotBeRead_AreNamedNotIgnored(string pattern)
    {
        var list = TypedDates.ParseDates(Line(pattern));

        Assert.Empty(list.Dates);
        Assert.Equal([Line(pattern)], list.NotDates);
    }

    [Fact]
    public void ParseDates_EachDatesTimes_AreKeptByDate()
    {
        var later = Soon.AddDays(91);

        var list = TypedDates.ParseDates($"- {TestClock.LongDate(Soon)}, 2pm – 4pm\n- {TestClock.LongDate(later)}, 10:00-12:30");

        Assert.True(list.EveryDateTimed);
        Assert.Equal(new MeetingTimes(new(14, 0), new(16, 0)), list.TimesOn[Soon]);
        Assert.Equal(new MeetingTimes(new(10, 0), new(12, 30)), list.TimesOn[later]);
    }
}
