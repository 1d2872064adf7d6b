namespace Roundtable.Web.Hosting;

// The services behind the calendar pages.
public static class CalendarServices
{
    public static IServiceCollection AddCalendarServices(this IServiceCollection services) => services;
}
