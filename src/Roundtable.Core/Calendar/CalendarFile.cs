using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Roundtable.Core.Sessions;

namespace Roundtable.Core.Calendar;

// A whole iCalendar file (RFC 5545), written by Ical.Net: the events, with their times in
// Europe/London and that zone's rules beside them. A named file is a feed, which calendar apps
// show under that name.
public static class CalendarFile
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public const string ProductId = "-//Roundtable//Roundtable//EN";

    // How often a subscribed calendar should look again: sessions move, and are cancelled.
    private const string RefreshInterval = "PT1H";

    public static string Write(IEnumerable<CalendarEvent> events, DateTimeOffset stamp, string? feedName = null)
    {
        var calendar = new Ical.Net.Calendar
        {
            ProductId = ProductId,
            Scale = "GREGORIAN",
            Method = "PUBLISH",
        };
        if (feedName is not null)
        {
            calendar.AddProperty("X-WR-CALNAME", Text(feedName));
            calendar.AddProperty("X-WR-TIMEZONE", LondonTimeZone.Id);
            var refresh = new Ical.Net.CalendarProperty("REFRESH-INTERVAL", RefreshInterval);
            refresh.Parameters.Set("VALUE", "DURATION");
            calendar.Properties.Add(refresh);
            calendar.AddProperty("X-PUBLISHED-TTL", RefreshInterval);
        }

        calendar.AddTimeZone(LondonTimeZone.Create());
        foreach (var calendarEvent in events)
        {
            calendar.Events.Add(ToEvent(calendarEvent, stamp));
        }

        return ContentLines.Refold(new CalendarSerializer().SerializeToString(calendar)!);
    }

    private static Ical.Net.CalendarComponents.CalendarEvent ToEvent(CalendarEvent e, DateTimeOffset stamp) => new()
    {
        Uid = e.Uid,
        DtStamp = Utc(stamp),
        DtStart = London(e.StartsAt),
        DtEnd = London(e.EndsAt),
        Summary = Text(e.Summary),
        Description = string.IsNullOrWhiteSpace(e.Description) ? null : Text(e.Description),
        Location = string.IsNullOrWhiteSpace(e.Location) ? null : Text(e.Location),
        // Ical.Net writes a URI as it was given; the escaped form cannot hold a line break.
        Url = e.Url is null ? null : new Uri(e.Url.AbsoluteUri),
        Sequence = e.Sequence,
        Status = e.Cancelled ? Ical.Net.EventStatus.Cancelled : Ical.Net.EventStatus.Confirmed,
        Created = e.Created is { } created ? Utc(created) : null,
        LastModified = e.LastModified is { } modified ? Utc(modified) : null,
    };

    // "DTSTART;TZID=Europe/London:20260403T140000": the clock time in London on the day.
    private static CalDateTime London(DateTimeOffset instant) => new(UkTimeZone.ToLocal(instant).DateTime, LondonTimeZone.Id);

    // "DTSTAMP:20261121T120000Z".
    private static CalDateTime Utc(DateTimeOffset instant) => new(instant.UtcDateTime);

    // Ical.Net escapes TEXT (\ ; , and line breaks) but writes other control characters, which
    // TEXT may not hold, as they come, and leaves a value of only whitespace unescaped, so a line
    // break in it would end the line: both are dealt with here.
    private static string Text(string value) =>
        string.IsNullOrWhiteSpace(value) ? "" : string.Concat(value.Where(c => !char.IsControl(c) || c is '\t' or '\r' or '\n'));
}
