using Roundtable.Core.RunningOrders;
using Roundtable.Core.Sessions;

namespace Roundtable.Web.Hosting;

// The services behind the sessions pages.
public static class SessionsServices
{
    public static IServiceCollection AddSessionsServices(this IServiceCollection services) => services
        .AddScoped<SeriesPlanner>()
        .AddScoped<SessionEmails>()
        .AddScoped<SessionSchedule>()
        .AddScoped<SessionOverviews>()
        .AddScoped<RunningOrderEditor>();
}
