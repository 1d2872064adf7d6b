using System.Globalization;

namespace Roundtable.Web.Pages.Shared;

// Times are stored in UTC and shown as people in the UK read them.
public static class UkTime
{
    public static readonly TimeZoneInfo Zone = Find();

    public static DateTimeOffset ToUk(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, Zone);

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
