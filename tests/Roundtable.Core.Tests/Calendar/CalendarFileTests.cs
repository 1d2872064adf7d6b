using System.Text;
using Roundtable.Core.Calendar;
using Roundtable.Core.Sessions;
using Roundtable.Tests.Shared;

namespace Roundtable.Core.Tests.Calendar;

public class CalendarFileTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    private static CalendarEvent Event(string uid, DateOnly date, string summary = "Session 1", int sequence = 0, bool cancelled = false) => new()
    {
        Uid = uid,
        StartsAt = UkTimeZone.ToUtc(date, new TimeOnly(14, 0)),
        EndsAt = UkTimeZone.ToUtc(date, new TimeOnly(16, 0)),
        Summary = summary,
        Sequence = sequence,
        Cancelled = cancelled,
    };

    private static IcsComponent Written(params CalendarEvent[] events) => Ics.Parse(CalendarFile.Write(events, Stamp));

    [Fact]
    public void Write_Calendar_SaysWhatItIsAndWhoMadeIt()
    {
        var calendar = Written();

        Assert.Equal("VCALENDAR", calendar.Name);
        Assert.Equal("2.0", calendar.Value("VERSION"));
        Assert.Equal("-//Roundtable//Roundtable//EN", calendar.Value("PRODID"));
        Assert.Equal("GREGORIAN", calendar.Value("CALSCALE"));
        Assert.Equal("PUBLISH", calendar.Value("METHOD"));
        Assert.Null(calendar.Find("X-WR-CALNAME"));
    }

    [Fact]
    public void Write_AFeed_IsNamedForCalendarApps()
    {
        var calendar = Ics.Parse(CalendarFile.Write([], Stamp, "Carers, families; and friends"));

        Assert.Equal("Carers, families; and friends", calendar.Text("X-WR-CALNAME"));
    }

    [Fact]
    public void Write_RoundTrip_KeepsUidsTimesSummariesStatusesAndSequences()
    {
        CalendarEvent[] events =
        [
            Event("a@roundtable", new DateOnly(2026, 1, 16), "Session 1: Housing", sequence: 0),
            Event("b@roundtable", new DateOnly(2026, 7, 17), "Preparation meeting 1", sequence: 2, cancelled: true),
            Event("c@roundtable", new DateOnly(2026, 11, 20), "Session 2: Getting help, early", sequence: 5),
        ];

        var calendar = Written(events);

        var zone = new IcsTimeZone(calendar.All("VTIMEZONE").Single());
        var readBack = calendar.Events.Select(e => new
        {
            Uid = e.Value("UID"),
            StartsAt = zone.ToUtc(Ics.ParseLocal(e.Value("DTSTART"))),
            EndsAt = zone.ToUtc(Ics.ParseLocal(e.Value("DTEND"))),
            Summary = e.Text("SUMMARY"),
            Cancelled = e.Value("STATUS") == "CANCELLED",
            Sequence = int.Parse(e.Value("SEQUENCE"), System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(events.Select(e => new { e.Uid, e.StartsAt, e.EndsAt, e.Summary, e.Cancelled, e.Sequence }), readBack);
        Assert.All(calendar.Events, e => Assert.Equal("20261121T120000Z", e.Value("DTSTAMP")));
    }

    [Fact]
    public void Write_TimeZone_IsEuropeLondonWithGmtAndBstAndTheirRules()
    {
        var zone = new IcsTimeZone(Written().All("VTIMEZONE").Single());

        Assert.Equal("Europe/London", zone.Id);
        var daylight = zone.Observances.Single(o => o.Kind == "DAYLIGHT");
        Assert.Equal(("BST", TimeSpan.Zero, TimeSpan.FromHours(1), 3, -1, DayOfWeek.Sunday, new TimeSpan(1, 0, 0)),
            (daylight.Name, daylight.From, daylight.To, daylight.Month, daylight.Week, daylight.Day, daylight.Start.TimeOfDay));
        var standard = zone.Observances.Single(o => o.Kind == "STANDARD");
        Assert.Equal(("GMT", TimeSpan.FromHours(1), TimeSpan.Zero, 10, -1, DayOfWeek.Sunday, new TimeSpan(2, 0, 0)),
            (standard.Name, standard.From, standard.To, standard.Month, standard.Week, standard.Day, standard.Start.TimeOfDay));
    }

    [Fact]
    public void Write_TimeZoneRules_ChangeTheClocksWhenTheUkDoesFrom2000To2040()
    {
        var zone = new IcsTimeZone(Written().All("VTIMEZONE").Single());

        Assert.All(zone.Observances, o => Assert.InRange(o.Start.Year, 1996, 2000));
        foreach (var observance in zone.Observances)
        {
            for (var year = 2000; year <= 2040; year++)
            {
                var onset = observance.OnsetUtcIn(year);
                Assert.Equal(observance.From, UkTimeZone.Zone.GetUtcOffset(onset.AddSeconds(-1)));
                Assert.Equal(observance.To, UkTimeZone.Zone.GetUtcOffset(onset));
            }
        }
    }

    [Theory]
    [InlineData(27, "20260327T140000", 14)]
    [InlineData(3, "20260403T140000", 13)]
    public void Write_ASessionEitherSideOfTheClocksGoingForward_Is1400InLondonAndTheRightInstant(int day, string dtstart, int utcHour)
    {
        var date = day == 27 ? new DateOnly(2026, 3, 27) : new DateOnly(2026, 4, 3);

        var calendar = Written(Event("s@roundtable", date));

        var start = calendar.Event("s@roundtable").Property("DTSTART");
        Assert.Equal("Europe/London", start.Parameter("TZID"));
        Assert.Equal(dtstart, start.Value);
        var zone = new IcsTimeZone(calendar.All("VTIMEZONE").Single(z => z.Value("TZID") == start.Parameter("TZID")));
        Assert.Equal(new DateTimeOffset(date.Year, date.Month, date.Day, utcHour, 0, 0, TimeSpan.Zero), zone.ToUtc(Ics.ParseLocal(start.Value)));
    }

    [Fact]
    public void Write_ACancelledEvent_IsStatusCancelled()
    {
        var calendar = Written(Event("on@roundtable", new DateOnly(2026, 12, 4)), Event("off@roundtable", new DateOnly(2026, 12, 5), cancelled: true));

        Assert.Equal("CONFIRMED", calendar.Event("on@roundtable").Value("STATUS"));
        Assert.Equal("CANCELLED", calendar.Event("off@roundtable").Value("STATUS"));
    }

    [Fact]
    public void Write_Sequence_IsCarried()
    {
        var calendar = Written(Event("moved@roundtable", new DateOnly(2026, 12, 4), sequence: 3));

        Assert.Equal("3", calendar.Event("moved@roundtable").Value("SEQUENCE"));
    }

    [Fact]
    public void Write_OptionalDetails_AreWrittenWhenGiven()
    {
        var calendarEvent = Event("full@roundtable", new DateOnly(2026, 12, 4)) with
        {
            Description = "Line one\nLine two",
            Location = "Room 2, Civic Centre",
            Url = new Uri("https://roundtable.example.org/communities/c/sessions/1"),
            Created = new DateTimeOffset(2026, 10, 1, 9, 30, 0, TimeSpan.Zero),
            LastModified = new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.FromHours(1)),
        };

        var written = Written(calendarEvent).Event("full@roundtable");

        Assert.Equal("Line one\nLine two", written.Text("DESCRIPTION"));
        Assert.Equal("Room 2, Civic Centre", written.Text("LOCATION"));
        Assert.Equal("https://roundtable.example.org/communities/c/sessions/1", written.Value("URL"));
        Assert.Equal("20261001T093000Z", written.Value("CREATED"));
        Assert.Equal("20261102T090000Z", written.Value("LAST-MODIFIED"));
    }

    [Fact]
    public void Write_TextWithSemicolonsCommasBackslashesAndLineBreaks_IsEscapedAndReadBackExactly()
    {
        const string summary = "Housing; care, and \\ support\nLine two\r\nLine three\rLine four";

        var bytes = Encoding.UTF8.GetBytes(CalendarFile.Write([Event("e@roundtable", new DateOnly(2026, 12, 4), summary)], Stamp));

        var raw = Ics.Unfold(bytes).Single(line => line.StartsWith("SUMMARY:", StringComparison.Ordinal));
        Assert.Equal(@"SUMMARY:Housing\; care\, and \\ support\nLine two\nLine three\nLine four", raw);
        Assert.Equal("Housing; care, and \\ support\nLine two\nLine three\nLine four", Ics.Parse(bytes).Event("e@roundtable").Text("SUMMARY"));
    }

    [Fact]
    public void Write_ControlCharacters_AreLeftOutButTabsKept()
    {
        var calendar = Written(Event("e@roundtable", new DateOnly(2026, 12, 4)) with { Description = "a\u0007b\tc\u0000d" });

        Assert.Equal("ab\tcd", calendar.Event("e@roundtable").Text("DESCRIPTION"));
    }

    [Fact]
    public void Write_TextOfOnlyALineBreak_IsLeftEmptyRatherThanEndingTheLine()
    {
        var calendar = Written(Event("e@roundtable", new DateOnly(2026, 12, 4), summary: " \r\n "));

        Assert.Equal("", calendar.Event("e@roundtable").Text("SUMMARY"));
    }

    [Fact]
    public void Write_AUrlWithALineBreak_IsEscapedNotASecondProperty()
    {
        var calendar = Written(Event("e@roundtable", new DateOnly(2026, 12, 4)) with { Url = new Uri("https://example.org/a\r\nX-INJECTED:1") });

        var written = calendar.Event("e@roundtable");
        Assert.Equal("https://example.org/a%0D%0AX-INJECTED:1", written.Value("URL"));
        Assert.Null(written.Find("X-INJECTED"));
    }

    [Fact]
    public void Write_A300CharacterSummaryWithEmojiAndAccents_FoldsWithinLimitsAndUnfoldsExactly()
    {
        var summary = string.Concat(string.Concat(Enumerable.Repeat("Café ☕ naïve résumé 👩🏽‍⚕️ ", 20)).EnumerateRunes().Take(300));

        var bytes = Encoding.UTF8.GetBytes(CalendarFile.Write([Event("e@roundtable", new DateOnly(2026, 12, 4), summary)], Stamp));

        var summaryLines = Ics.PhysicalLines(bytes)
            .SkipWhile(line => !line.AsSpan().StartsWith("SUMMARY:"u8))
            .TakeWhile((line, i) => i == 0 || line[0] == ' ');
        Assert.True(summaryLines.Count() > Encoding.UTF8.GetByteCount(summary) / 75, "A summary this long must be folded.");
        Assert.Equal(summary, Ics.Parse(bytes).Event("e@roundtable").Text("SUMMARY"));
    }

    // Ical.Net alone folds inside the emoji at some of these lengths (see ContentLines).
    [Theory]
    [InlineData(60)]
    [InlineData(61)]
    [InlineData(62)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    public void Write_AnEmojiWhereTheLineFolds_IsKeptWhole(int letters)
    {
        var summary = new string('a', letters) + "😀😀😀";

        var calendar = Written(Event("e@roundtable", new DateOnly(2026, 12, 4), summary));

        Assert.Equal(summary, calendar.Event("e@roundtable").Text("SUMMARY"));
    }
}
