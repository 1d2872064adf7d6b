using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Rooms;

// One change to a room: a transaction that holds the room's row, so changes happen one at a time
// per room on SQLite and PostgreSQL alike (as AttendanceRecords does for a session); the events it
// appends take the room's next sequence numbers and are saved with the change, or not at all.
internal sealed class RoomChange : IAsyncDisposable
{
    private readonly RoundtableDb db;
    private readonly IDbContextTransaction transaction;
    private readonly List<RoomEvent> appended = [];

    private RoomChange(RoundtableDb db, IDbContextTransaction transaction, Room room, DateTimeOffset now)
    {
        this.db = db;
        this.transaction = transaction;
        Room = room;
        Now = now;
    }

    public Room Room { get; }

    public DateTimeOffset Now { get; }

    // The number the next appended event will take: a contribution or reaction carries the number
    // of the event that brought it.
    public long NextSequence => Room.LastSequence + 1;

    // Null when there is no such room.
    public static async Task<RoomChange?> BeginAsync(RoundtableDb db, Guid roomId, TimeProvider clock, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // A write to the row takes its lock (SQLite allows one writer anyway); the row is unchanged.
        var found = await db.Rooms.Where(r => r.Id == roomId)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.LastSequence, r => r.LastSequence), cancellationToken);
        var room = found == 0 ? null : await db.Rooms.Include(r => r.Session).SingleAsync(r => r.Id == roomId, cancellationToken);
        if (room is null)
        {
            await transaction.DisposeAsync();
            return null;
        }

        return new RoomChange(db, transaction, room, clock.GetUtcNow());
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
        }
    }

    public async Task<IReadOnlyList<RoomEventView>> CommitAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return appended.Select(RoomEventView.Of).ToList();
    }

    public ValueTask DisposeAsync() => transaction.DisposeAsync();
}
