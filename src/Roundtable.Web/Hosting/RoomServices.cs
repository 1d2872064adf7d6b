using System.Text.Json.Serialization;
using Roundtable.Core.Rooms;
using Roundtable.Web.Pages.Communities.Rooms;

namespace Roundtable.Web.Hosting;

// The services behind the live room: its pages, hub and API.
public static class RoomServices
{
    public const string HubPath = "/hubs/room";

    public static IServiceCollection AddRoomServices(this IServiceCollection services)
    {
        // Enums by name, as in the events' payloads (RoomPayloads).
        services.AddSignalR().AddJsonProtocol(json => json.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return services
            .AddSingleton<ReactionRateLimit>()
            .AddSingleton<RoomCodeGuesses>()
            .AddScoped<RoomCodes>()
            .AddSingleton<RoomTurns>()
            .AddSingleton<IRoomBroadcast, RoomBroadcast>()
            .AddScoped<RoomChanges>()
            .AddScoped<LiveRooms>()
            .AddScoped<RoomLinks>()
            .AddScoped<Prompts>()
            .AddScoped<Contributions>()
            .AddScoped<Moderation>()
            .AddScoped<Reactions>()
            .AddScoped<RoomEvents>()
            .AddScoped<RoomRecord>()
            .AddScoped<RoomSeats>();
    }

    // Anyone may connect; RoomHub.Join decides who is let into which room.
    public static void MapRoomHub(this WebApplication app) =>
        app.MapHub<RoomHub>(HubPath).AllowAnonymous();
}
