using System.Globalization;

namespace Roundtable.Core.Sessions.Calendar;

// A whole iCalendar file (RFC 5545): the events, with their times in Europe/London and that zone's
// rules beside them. A named file is a feed, which calendar apps show under that name.
public static class CalendarFile
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public const string ProductId = "-//Roundtable//Roundtable//EN";

    // How often a subscribed calendar should look again: sessions move, and are cancelled.
    private const string RefreshInterval = "PT1H";

    public static string Write(IEnumerable<CalendarEvent> events, DateTimeOffset stamp, string? feedName = null)
    {
        var lines = new ContentLines();
        lines.Begin("VCALENDAR");
        lines.Add("VERSION", "2.0");
        lines.Add("PRODID", ProductId);
        lines.Add("CALSCALE", "GREGORIAN");
        lines.Add("METHOD", "PUBLISH");
        if (feedName is not null)
        {
            lines.AddText("X-WR-CALNAME", feedName);
            lines.Add("X-WR-TIMEZONE", LondonTimeZone.Id);
            lines.Add("REFRESH-INTERVAL", RefreshInterval, "VALUE=DURATION");
            lines.Add("X-PUBLISHED-TTL", RefreshInterval);
        }

        LondonTimeZone.Write(lines);
        foreach (var calendarEvent in events)
        {
            WriteEvent(lines, calendarEvent, stamp);
        }

        lines.End("VCALENDAR");
        return lines.ToString();
    }

    private static void WriteEvent(ContentLines lines, CalendarEvent e, DateTimeOffset stamp)
    {
        lines.Begin("VEVENT");
        lines.Add("UID", e.Uid);
        lines.AddUtcTime("DTSTAMP", stamp);
        lines.AddLocalTime("DTSTART", UkTimeZone.ToLocal(e.StartsAt).DateTime, LondonTimeZone.Id);
        lines.AddLocalTime("DTEND", UkTimeZone.ToLocal(e.EndsAt).DateTime, LondonTimeZone.Id);
        lines.AddText("SUMMARY", e.Summary);
        if (!string.IsNullOrWhiteSpace(e.Description))
        {
            lines.AddText("DESCRIPTION", e.Description);
        }

        if (!string.IsNullOrWhiteSpace(e.Location))
        {
            lines.AddText("LOCATION", e.Location);
        }

        if (e.Url is not null)
        {
            lines.Add("URL", e.Url.AbsoluteUri);
        }

        lines.Add("SEQUENCE", e.Sequence.ToString(CultureInfo.InvariantCulture));
        lines.Add("STATUS", e.Cancelled ? "CANCELLED" : "CONFIRMED");
        if (e.Created is { } created)
        {
            lines.AddUtcTime("CREATED", created);
        }

        if (e.LastModified is { } modified)
        {
            lines.AddUtcTime("LAST-MODIFIED", modified);
        }

        lines.End("VEVENT");
    }
}
