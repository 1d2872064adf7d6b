using Roundtable.Core.People;

namespace Roundtable.Web.Hosting;

// The services behind the people pages and API.
public static class PeopleServices
{
    public static IServiceCollection AddPeopleServices(this IServiceCollection services) => services
        .AddScoped<CommunityIdentities>()
        .AddScoped<SubGroups>();
}
