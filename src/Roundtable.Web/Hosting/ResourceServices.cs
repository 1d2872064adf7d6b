using Roundtable.Core.Resources;

namespace Roundtable.Web.Hosting;

// The services behind the community's resources: links, files and events.
public static class ResourceServices
{
    public static IServiceCollection AddResourceServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ResourceOptions>().Bind(configuration.GetSection(ResourceOptions.Section));
        return services.AddScoped<CommunityResources>().AddScoped<ResourceChanges>();
    }
}
