using Roundtable.Core.Sessions;

namespace Roundtable.Core.Tests.Sessions;

public class TypedDatesTests
{
    [Theory]
    [InlineData("14:00", 14, 0)]
    [InlineData(" 9:30 ", 9, 30)]
    [InlineData("14.15", 14, 15)]
    [InlineData("1400", 14, 0)]
    [InlineData("2pm", 14, 0)]
    [InlineData("2:30 PM", 14, 30)]
    [InlineData("12pm", 12, 0)]
    [InlineData("12am", 0, 0)]
    [InlineData("10am", 10, 0)]
    public void ParseTime_WaysPeopleWriteTimes_AreRead(string text, int hour, int minute) =>
        Assert.Equal(new TimeOnly(hour, minute), TypedDates.ParseTime(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("14")]
    [InlineData("24:00")]
    [InlineData("13pm")]
    [InlineData("14:60")]
    [InlineData("two o'clock")]
    public void ParseTime_NotATime_IsNull(string? text) => Assert.Null(TypedDates.ParseTime(text));

    [Fact]
    public void ParseDates_TheQuarterlyProgrammeAsPublished_ReadsEachDate()
    {
        var list = TypedDates.ParseDates("""
            Friday 26 June 2026, 2pm – 4pm
            18/09/2026
            11-12-2026

            5 March 2027
            """);

        Assert.Null(list.Problem);
        Assert.Equal([new(2026, 6, 26), new(2026, 9, 18), new(2026, 12, 11), new DateOnly(2027, 3, 5)], list.Dates);
    }

    [Fact]
    public void ParseDates_LinesThatAreNotDates_AreEachNamed()
    {
        var list = TypedDates.ParseDates("26/06/2026\r\n31/02/2026\r\nsoon");

        Assert.Equal([new DateOnly(2026, 6, 26)], list.Dates);
        Assert.Equal(["31/02/2026", "soon"], list.NotDates);
        Assert.Equal("These lines are not dates: ‘31/02/2026’, ‘soon’. Write each date as day/month/year, like 26/06/2026", list.Problem);
    }

    [Fact]
    public void ParseDates_OneLineNotADate_SaysWhichAndHow()
    {
        var list = TypedDates.ParseDates("26/06/2026\n30 February 2026");

        Assert.Equal("‘30 February 2026’ is not a date: write each date as day/month/year, like 26/06/2026", list.Problem);
    }

    [Theory]
    [InlineData("26th June 2026", 2026, 6, 26)]
    [InlineData("Fri 5 Mar 2027", 2027, 3, 5)]
    [InlineData("5.3.2027", 2027, 3, 5)]
    public void ParseDate_WrittenDates_AreRead(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), TypedDates.ParseDate(text));
}
