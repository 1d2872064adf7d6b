using Roundtable.Core.Breakouts;

namespace Roundtable.Web.Hosting;

// The services behind the breakout pages.
public static class BreakoutServices
{
    public static IServiceCollection AddBreakoutServices(this IServiceCollection services) =>
        services.AddScoped<BreakoutGroups>();
}
