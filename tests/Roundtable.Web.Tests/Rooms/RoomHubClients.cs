using System.Net;
using System.Text.Json;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;
using Roundtable.Web.Hosting;
using Roundtable.Web.Pages.Communities.Rooms;
using Roundtable.Web.Tests.Infrastructure;
using Roundtable.Web.Tests.Infrastructure.Hubs;

namespace Roundtable.Web.Tests.Rooms;

// The real app on a loopback socket, for speaking to the room's hub as phones and laptops do.
public sealed class RoomHubApp : RoundtableApp
{
    public RoomHubApp() => ListensOnLoopback = true;
}

public static class RoomHubClients
{
    // Connected as this person, with the cookies their browser holds once they have signed in.
    public static async Task<RoomClient> ConnectRoomAsync(this RoundtableApp app, Person person) =>
        await app.ConnectRoomAsync(await app.CookiesForAsync(person));

    // Connected with these cookies (a guest's), or none.
    public static Task<RoomClient> ConnectRoomAsync(this RoundtableApp app, CookieContainer? cookies = null) =>
        RoomClient.ConnectAsync(new Uri(app.LoopbackAddress, RoomServices.HubPath), cookies);

    public static T As<T>(this RoomMessage message) => message.Payload.Deserialize<T>(RoomPayloads.Json)!;
}
