using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;

namespace Roundtable.Bench;

// Opens the live room of one of the demo data's sessions, in the database the running app uses,
// and prints the path of a new join link for its guests, then of a projector link. Through Core,
// as a facilitator opening the room and sharing its links would; the app reads rooms from the
// database, so it sees them.
public static class OpenRoom
{
    public static async Task<int> RunAsync(Options options)
    {
        var provider = Enum.Parse<DatabaseProvider>(options.Text("provider"), ignoreCase: true);
        var settings = new DbContextOptionsBuilder<RoundtableDb>().UseRoundtableDatabase(provider, options.Text("connection")).Options;
        await using var db = new RoundtableDb(settings);
        var session = await db.Sessions.AsNoTracking()
            .Where(s => s.Kind == SessionKind.Session && s.Status == SessionStatus.Scheduled)
            .OrderBy(s => s.StartsAt).ThenBy(s => s.Id)
            .FirstOrDefaultAsync() ?? throw new InvalidOperationException("The database has no session to open a room for: is the demo data loaded?");

        // Nobody is connected to the room yet, so there is nobody to tell that it opened.
        var rooms = new LiveRooms(db, TimeProvider.System, new RoomChanges(db, TimeProvider.System, new RoomTurns(), new NobodyListening()));
        var room = await rooms.GetOrCreateAsync(session.Id);
        await rooms.OpenAsync(room.Id);
        var token = await new RoomLinks(db, TimeProvider.System).NewJoinLinkAsync(room.Id)
            ?? throw new InvalidOperationException($"Session {session.Id} takes no guests.");
        var projector = await new RoomLinks(db, TimeProvider.System).NewProjectorLinkAsync(room.Id)
            ?? throw new InvalidOperationException($"Session {session.Id} has no projector.");
        // RoomPages.JoinPath in the app, and the projector's page.
        Console.WriteLine($"/rooms/join/{token}");
        Console.WriteLine($"/rooms/projector/{projector}");
        return 0;
    }

    private sealed class NobodyListening : IRoomBroadcast
    {
        public Task SendAsync(Guid roomId, IReadOnlyList<RoomEventView> events) => Task.CompletedTask;

        public Task TellFacilitatorsAsync(Guid roomId, HiddenContribution hidden) => Task.CompletedTask;
    }
}
