using System.Collections.Concurrent;
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

// Tells a room's clients what changed, in the room's sequence order. A change and its broadcast
// happen one at a time per room on this instance, so no client is told 8 before 7 and then,
// dropping between them, asks to catch up from 8 and misses 7. The change is stored (by Core)
// before anyone is told; a client that misses the broadcast finds it in the log.
public sealed class RoomBroadcast(IHubContext<RoomHub> hub)
{
    public const string EventMethod = "RoomEvent";
    public const string HiddenMethod = "ContributionHidden";

    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> rooms = new();

    // Runs `change` (a Core call that returns the events it stored) and broadcasts those events
    // before the room's next change can run.
    public async Task<T> ChangeAsync<T>(Guid roomId, Func<Task<T>> change, Func<T, IReadOnlyList<RoomEventView>> events)
    {
        var turn = rooms.GetOrAdd(roomId, _ => new SemaphoreSlim(1, 1));
        await turn.WaitAsync();
        try
        {
            var result = await change();
            await SendAsync(roomId, events(result));
            return result;
        }
        finally
        {
            turn.Release();
        }
    }

    // Facilitators alone see what a hidden contribution said, and why it was hidden.
    public Task TellFacilitatorsAsync(Guid roomId, HiddenContribution hidden) =>
        hub.Clients.Group(RoomGroups.Facilitators(roomId)).SendAsync(HiddenMethod, hidden);

    private async Task SendAsync(Guid roomId, IReadOnlyList<RoomEventView> events)
    {
        foreach (var message in events.Select(RoomMessage.Of))
        {
            var clients = message.BreakoutGroup is { } group
                ? hub.Clients.Groups(RoomGroups.AllBreakouts(roomId), RoomGroups.Breakout(roomId, group))
                : hub.Clients.Group(RoomGroups.Everyone(roomId));
            await clients.SendAsync(EventMethod, message);
        }
    }
}
