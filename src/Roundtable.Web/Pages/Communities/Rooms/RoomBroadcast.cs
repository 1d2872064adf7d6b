using Microsoft.AspNetCore.SignalR;
using Roundtable.Core.Rooms;

namespace Roundtable.Web.Pages.Communities.Rooms;

// The SignalR groups of a room. Every connection is in Everyone; facilitators also in
// Facilitators (hidden contributions, with what they said); a contribution said in a breakout
// group goes to that group's Breakout and to AllBreakouts (facilitators and the projector), and a
// connection is in at most one of those, so nobody receives it twice.
public static class RoomGroups
{
    public static string Everyone(Guid roomId) => $"room:{roomId:N}";

    public static string Facilitators(Guid roomId) => $"room:{roomId:N}:facilitators";

    public static string AllBreakouts(Guid roomId) => $"room:{roomId:N}:breakouts";

    public static string Breakout(Guid roomId, int group) => $"room:{roomId:N}:breakout:{group}";
}

// Tells a room's clients what Core stored, over SignalR, in the order Core hands it over (one
// change at a time per room: RoomTurns).
public sealed class RoomBroadcast(IHubContext<RoomHub> hub) : IRoomBroadcast
{
    public const string EventMethod = "RoomEvent";
    public const string HiddenMethod = "ContributionHidden";

    public Task TellFacilitatorsAsync(Guid roomId, HiddenContribution hidden) =>
        hub.Clients.Group(RoomGroups.Facilitators(roomId)).SendAsync(HiddenMethod, hidden);

    public async Task SendAsync(Guid roomId, IReadOnlyList<RoomEventView> events)
    {
        foreach (var e in events)
        {
            var clients = e.BreakoutGroup is { } group
                ? hub.Clients.Groups(RoomGroups.AllBreakouts(roomId), RoomGroups.Breakout(roomId, group))
                : hub.Clients.Group(RoomGroups.Everyone(roomId));
            await clients.SendAsync(EventMethod, RoomMessage.Of(e));
        }
    }
}
