using System.Text.Json;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;
using Roundtable.Web.Hosting;
using Roundtable.Web.Rooms;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Infrastructure.Hubs;
using Roundtable.Web.Tests.Room;

namespace Roundtable.Web.Tests.Hubs;

// The real app on a loopback socket, for speaking to the room's hub as phones and laptops do.
public sealed class RoomHubApp : RoundtableApp
{
    public RoomHubApp() => ListensOnLoopback = true;
}

public static class RoomHubClients
{
    public static Task<HubTestClient> ConnectRoomAsync(this RoundtableApp app, Person person) =>
        app.ConnectHubAsync(RoomServices.HubPath, person);

    public static Task<HubTestClient> ConnectRoomAsync(this RoundtableApp app, HubTestClientOptions? options = null) =>
        app.ConnectHubAsync(RoomServices.HubPath, options);

    public static async Task<RoomJoined> JoinAsync(this HubTestClient client, OpenRoom room, long lastSeen = 0) =>
        (await client.InvokeAsync<RoomJoined>("Join", new JoinRoom(room.Session.Id, LastSeen: lastSeen)))!;

    public static async Task<RoomJoined> JoinAsync(this HubTestClient client, JoinRoom request) =>
        (await client.InvokeAsync<RoomJoined>("Join", request))!;

    public static async Task<Contributed> ContributeAsync(this HubTestClient client, string text, Guid? clientId = null, bool anonymous = false, Guid? promptId = null) =>
        (await client.InvokeAsync<Contributed>("Contribute", new Contribute(clientId ?? Guid.NewGuid(), promptId, text, Anonymous: anonymous)))!;

    public static async Task<RoomMessage> NextEventAsync(this HubTestClient client) =>
        (await client.NextAsync<RoomMessage>(RoomBroadcast.EventMethod))!;

    // The next event of this kind, passing over others (a room opening, a prompt).
    public static async Task<RoomMessage> NextEventAsync(this HubTestClient client, RoomEventKind kind)
    {
        while (true)
        {
            var message = await client.NextEventAsync();
            if (message.Kind == kind)
            {
                return message;
            }
        }
    }

    public static T As<T>(this RoomMessage message) => message.Payload.Deserialize<T>(RoomPayloads.Json)!;
}
