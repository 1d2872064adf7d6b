using Roundtable.Core.Members;

namespace Roundtable.Web.Hosting;

// The services behind the membership pages and API.
public static class MembershipServices
{
    public static IServiceCollection AddMembershipServices(this IServiceCollection services) => services
        .AddScoped<Memberships>()
        .AddScoped<Inviting>()
        .AddScoped<JoinRequests>();
}
