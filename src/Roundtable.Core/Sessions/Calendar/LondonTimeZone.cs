namespace Roundtable.Core.Sessions.Calendar;

// The VTIMEZONE for Europe/London, so a calendar shows "14:00" on the session's own date in GMT
// or BST without guessing. The rules are the UK's since 1996 (the EU's): clocks go forward at
// 01:00 GMT on the last Sunday of March and back at 02:00 BST on the last Sunday of October.
// Each DTSTART is the first such change under the rule, in the local time before it.
public static class LondonTimeZone
{
    public const string Id = UkTimeZone.Id;

    public static void Write(ContentLines lines)
    {
        lines.Begin("VTIMEZONE");
        lines.Add("TZID", Id);
        lines.Add("X-LIC-LOCATION", Id);

        lines.Begin("DAYLIGHT");
        lines.Add("TZOFFSETFROM", "+0000");
        lines.Add("TZOFFSETTO", "+0100");
        lines.Add("TZNAME", "BST");
        lines.Add("DTSTART", "19700329T010000");
        lines.Add("RRULE", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
        lines.End("DAYLIGHT");

        lines.Begin("STANDARD");
        lines.Add("TZOFFSETFROM", "+0100");
        lines.Add("TZOFFSETTO", "+0000");
        lines.Add("TZNAME", "GMT");
        lines.Add("DTSTART", "19701025T020000");
        lines.Add("RRULE", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
        lines.End("STANDARD");

        lines.End("VTIMEZONE");
    }
}
