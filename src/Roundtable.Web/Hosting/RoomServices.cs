using Roundtable.Core.Rooms;

namespace Roundtable.Web.Hosting;

// The services behind the live room: its pages, hub and API.
public static class RoomServices
{
    public static IServiceCollection AddRoomServices(this IServiceCollection services) => services
        .AddSingleton<ReactionRateLimit>()
        .AddScoped<LiveRooms>()
        .AddScoped<RoomLinks>()
        .AddScoped<Prompts>()
        .AddScoped<Contributions>()
        .AddScoped<Moderation>()
        .AddScoped<Reactions>()
        .AddScoped<RoomEvents>()
        .AddScoped<RoomRecord>();
}
