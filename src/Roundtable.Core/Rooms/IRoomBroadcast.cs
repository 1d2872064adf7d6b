namespace Roundtable.Core.Rooms;

// Tells those following a room live what changed, once it is stored: the web app does it over
// SignalR. Each event said in a breakout group (RoomEventView.BreakoutGroup) goes only to that
// group, the facilitators and the projector.
public interface IRoomBroadcast
{
    Task SendAsync(Guid roomId, IReadOnlyList<RoomEventView> events);

    // Facilitators alone see what a hidden contribution said, and why it was hidden.
    Task TellFacilitatorsAsync(Guid roomId, HiddenContribution hidden);
}
