using Ical.Net.CalendarComponents;
using Roundtable.Core.Sessions;

namespace Roundtable.Core.Calendar;

// The VTIMEZONE for Europe/London, so a calendar shows "14:00" on the session's own date in GMT
// or BST without guessing. Ical.Net builds it from the tz database: clocks go forward at 01:00
// GMT on the last Sunday of March and back at 02:00 BST on the last Sunday of October, as
// they have since 1996.
public static class LondonTimeZone
{
    public const string Id = UkTimeZone.Id;

    // Ical.Net starts each rule at the change in force a year before this date, and from mid-1996
    // that change is on the rule. A day earlier in 1996 would start GMT at 22 October 1995, under
    // the rule before, which the RRULE does not describe.
    private static readonly DateTime RulesSince = new(1997, 6, 1);

    public static VTimeZone Create() => VTimeZone.FromDateTimeZone(Id, RulesSince, includeHistoricalData: false);
}
