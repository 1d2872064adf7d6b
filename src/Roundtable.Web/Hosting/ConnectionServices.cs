using Roundtable.Core.Connections;

namespace Roundtable.Web.Hosting;

// The services behind what happens after a session: feedback and next actions, brokered
// connections, and offers to collaborate.
public static class ConnectionServices
{
    public static IServiceCollection AddConnectionServices(this IServiceCollection services) => services
        .AddScoped<NextActions>()
        .AddScoped<BrokeredConnections>()
        .AddScoped<CollaborationOffers>();
}
