using Roundtable.Core.Calendar;
using Roundtable.Web.Calendar;

namespace Roundtable.Web.Hosting;

// The services behind the calendar files and the page that makes a person's calendar link.
public static class CalendarServices
{
    public static IServiceCollection AddCalendarServices(this IServiceCollection services) =>
        services
            .AddScoped<SessionCalendars>()
            .AddScoped<CalendarFeeds>()
            .AddSingleton<CalendarFiles>();
}
