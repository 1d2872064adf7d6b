using Roundtable.Core.Charter;

namespace Roundtable.Web.Hosting;

// The services behind the charter pages and API.
public static class CharterServices
{
    public static IServiceCollection AddCharterServices(this IServiceCollection services) => services
        .AddScoped<CharterPeople>()
        .AddScoped<ToBeConfirmedQueries>();
}
