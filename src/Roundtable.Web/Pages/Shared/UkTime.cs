using System.Globalization;

namespace Roundtable.Web.Pages.Shared;

// Times are stored in UTC and shown as people in the UK read them.
public static class UkTime
{
    public static readonly TimeZoneInfo Zone = Find();

    public static DateTimeOffset ToUk(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, Zone);

    // Today's date in the UK: what "past its date" means to the people using Roundtable.
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToUk(clock.GetUtcNow()).DateTime);

    public static string Format(DateTimeOffset time) =>
        ToUk(time).ToString("d MMMM yyyy 'at' HH:mm", CultureInfo.GetCultureInfo("en-GB"));

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
