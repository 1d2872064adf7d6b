using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Roundtable.Core.Sessions;

namespace Roundtable.Tests.Shared;

// The one clock every test suite gives the app: Microsoft's FakeTimeProvider, started from the real
// date, so that anything judged by the machine's own clock (the cookies a test browser keeps, a real
// browser's) agrees with the app. It starts at midday UK time on the day the run began — a fixed
// hour, so a session "today at 14:00" is still to come whatever hour the suite runs at, and a run
// that crosses midnight keeps one "today". It stands still until a test moves it.
public static class TestClock
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    // The UK date the run began on: "today" for every test app. ROUNDTABLE_TEST_TODAY (yyyy-MM-dd)
    // runs the suite as if on a later day, to prove it passes on every one; an earlier day would
    // not do, as the cookies test browsers keep expire by the machine's clock.
    public static DateOnly Today { get; } =
        Environment.GetEnvironmentVariable("ROUNDTABLE_TEST_TODAY") is { Length: > 0 } day
            ? DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : UkTimeZone.DateOf(TimeProvider.System.GetUtcNow());

    public static DateTimeOffset Start { get; } = UkTimeZone.ToUtc(Today, new TimeOnly(12, 0));

    public static FakeTimeProvider StartingToday() => new(Start);

    // A date as the app writes it in full: "Friday 8 January 2027".
    public static string LongDate(DateOnly date) => date.ToString("dddd d MMMM yyyy", British);

    // "8 January 2027".
    public static string ShortDate(DateOnly date) => date.ToString("d MMMM yyyy", British);

    // "2027-01-08", as the API and calendar dates are written.
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // The nth given weekday of a month (n = -1: the last), worked out here rather than by the app's
    // own rhythm code, so tests of rhythms check it against something independent.
    public static DateOnly NthWeekday(int year, int month, DayOfWeek weekday, int n)
    {
        if (n < 0)
        {
            var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            return last.AddDays(-(((int)last.DayOfWeek - (int)weekday + 7) % 7));
        }

        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)weekday - (int)first.DayOfWeek + 7) % 7 + 7 * (n - 1));
    }

    // The first day of the month `months` after today's.
    public static DateOnly MonthFromNow(int months) => new DateOnly(Today.Year, Today.Month, 1).AddMonths(months);

    // The next Sunday after today on which the UK's clocks go forward to British Summer Time (the
    // last Sunday in March, at 01:00 UTC) or back to GMT (the last Sunday in October, at 01:00 UTC):
    // the law's rule, not the time zone database the app reads.
    public static DateOnly NextClocksForward() => NextLastSunday(3);

    public static DateOnly NextClocksBack() => NextLastSunday(10);

    // The next 29 February after today.
    public static DateOnly NextLeapDay()
    {
        var year = Today.Year;
        while (!DateTime.IsLeapYear(year) || new DateOnly(year, 2, 29) <= Today)
        {
            year++;
        }

        return new DateOnly(year, 2, 29);
    }

    private static DateOnly NextLastSunday(int month)
    {
        var thisYear = NthWeekday(Today.Year, month, DayOfWeek.Sunday, -1);
        return thisYear > Today ? thisYear : NthWeekday(Today.Year + 1, month, DayOfWeek.Sunday, -1);
    }
}
