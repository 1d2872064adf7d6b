using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Rooms;

// Begins changes to rooms (RoomChange) with what each needs: its turn on this server, its
// transaction, and who to tell once it is stored.
public sealed class RoomChanges(RoundtableDb db, TimeProvider clock, RoomTurns turns, IRoomBroadcast broadcast)
{
    internal Task<RoomChange?> BeginAsync(Guid roomId, CancellationToken cancellationToken) =>
        RoomChange.BeginAsync(db, roomId, clock, turns, broadcast, cancellationToken);

    internal RoundtableDb Db => db;

    internal IRoomBroadcast Broadcast => broadcast;
}

// One change to a room: a transaction that holds the room's row, so changes happen one at a time
// per room on SQLite and PostgreSQL alike (as AttendanceRecords does for a session); the events it
// appends take the room's next sequence numbers and are saved with the change, or not at all, and
// are broadcast before the room's next change on this server begins.
internal sealed class RoomChange : IAsyncDisposable
{
    private readonly RoundtableDb db;
    private readonly IDbContextTransaction transaction;
    private readonly IDisposable turn;
    private readonly IRoomBroadcast broadcast;
    private readonly List<RoomEvent> appended = [];

    private RoomChange(RoundtableDb db, IDbContextTransaction transaction, IDisposable turn, IRoomBroadcast broadcast, Room room, DateTimeOffset now)
    {
        this.db = db;
        this.transaction = transaction;
        this.turn = turn;
        this.broadcast = broadcast;
        Room = room;
        Now = now;
    }

    public Room Room { get; }

    public DateTimeOffset Now { get; }

    // The number the next appended event will take: a contribution or reaction carries the number
    // of the event that brought it.
    public long NextSequence => Room.LastSequence + 1;

    // Null when there is no such room.
    public static async Task<RoomChange?> BeginAsync(
        RoundtableDb db, Guid roomId, TimeProvider clock, RoomTurns turns, IRoomBroadcast broadcast, CancellationToken cancellationToken)
    {
        var turn = await turns.TakeAsync(roomId, cancellationToken);
        try
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // A write to the row takes its lock (SQLite allows one writer anyway); the row is unchanged.
            var found = await db.Rooms.Where(r => r.Id == roomId)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.LastSequence, r => r.LastSequence), cancellationToken);
            var room = found == 0 ? null : await db.Rooms.Include(r => r.Session).SingleAsync(r => r.Id == roomId, cancellationToken);
            if (room is null)
            {
                await transaction.DisposeAsync();
                turn.Dispose();
                return null;
            }

            return new RoomChange(db, transaction, turn, broadcast, room, clock.GetUtcNow());
        }
        catch
        {
            turn.Dispose();
            throw;
        }
    }

    public long Append<T>(RoomEventKind kind, T payload, Guid? contributionId = null)
    {
        var sequence = ++Room.LastSequence;
        var entry = new RoomEvent
        {
            RoomId = Room.Id,
            Sequence = sequence,
            Kind = kind,
            ContributionId = contributionId,
            Payload = RoomPayloads.Serialise(payload),
            BreakoutGroup = payload is ContributionView { BreakoutGroupNumber: { } group } && kind is RoomEventKind.ContributionAdded or RoomEventKind.ContributionShown
                ? group
                : null,
            CreatedAt = Now,
        };
        db.RoomEvents.Add(entry);
        appended.Add(entry);
        return sequence;
    }

    // Takes what a contribution said out of the log: the events that showed it now only say it
    // was removed, so a client catching up from the start never receives it.
    public async Task RedactAsync(Guid contributionId, RoomEventKind because, CancellationToken cancellationToken)
    {
        var showing = await db.RoomEvents
            .Where(e => e.RoomId == Room.Id && e.ContributionId == contributionId &&
                        (e.Kind == RoomEventKind.ContributionAdded || e.Kind == RoomEventKind.ContributionShown))
            .ToListAsync(cancellationToken);
        foreach (var entry in showing)
        {
            entry.Kind = because;
            entry.Payload = RoomPayloads.Serialise(new ContributionRemovedView(contributionId));
            entry.BreakoutGroup = null;
        }
    }

    // A contribution shown again with what it now says (who it is by, after an import's sender
    // is matched): the events that showed it say it afresh, and those following hear it again.
    public async Task ShowAgainAsync(Guid contributionId, ContributionView view, CancellationToken cancellationToken)
    {
        var showing = await db.RoomEvents
            .Where(e => e.RoomId == Room.Id && e.ContributionId == contributionId &&
                        (e.Kind == RoomEventKind.ContributionAdded || e.Kind == RoomEventKind.ContributionShown))
            .ToListAsync(cancellationToken);
        foreach (var entry in showing)
        {
            entry.Payload = RoomPayloads.Serialise(view);
        }

        Append(RoomEventKind.ContributionShown, view, contributionId);
    }

    // Stores the change, then tells those following the room: the caller need do nothing more.
    public async Task<IReadOnlyList<RoomEventView>> CommitAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var events = appended.Select(RoomEventView.Of).ToList();
        await broadcast.SendAsync(Room.Id, events);
        return events;
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        turn.Dispose();
    }
}
