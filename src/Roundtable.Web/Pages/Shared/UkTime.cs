using System.Globalization;
using Roundtable.Core.Sessions;

namespace Roundtable.Web.Pages.Shared;

// Times are stored in UTC and shown as people in the UK read them.
public static class UkTime
{
    public static TimeZoneInfo Zone => UkTimeZone.Zone;

    public static DateTimeOffset ToUk(DateTimeOffset time) => UkTimeZone.ToLocal(time);

    // Today's date in the UK: what "past its date" means to the people using Roundtable.
    public static DateOnly Today(TimeProvider clock) => UkTimeZone.Today(clock);

    public static string Format(DateTimeOffset time) =>
        ToUk(time).ToString("d MMMM yyyy 'at' HH:mm", CultureInfo.GetCultureInfo("en-GB"));
}
