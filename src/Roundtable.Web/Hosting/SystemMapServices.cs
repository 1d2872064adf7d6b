using Roundtable.Core.SystemMap;

namespace Roundtable.Web.Hosting;

// The services behind the system map's pages and API.
public static class SystemMapServices
{
    public static IServiceCollection AddSystemMapServices(this IServiceCollection services) => services
        .AddScoped<MapEntries>()
        .AddScoped<CommunityMap>();
}
