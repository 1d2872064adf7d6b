using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Rooms;

public enum RoomOutcome
{
    Done = 0,

    // Already so: a second click, or two facilitators doing the same thing.
    Unchanged = 1,
    NotFound = 2,

    // The room is not open (not yet, or closed), or the session was cancelled.
    NotOpen = 3,
}

public sealed record RoomResult(RoomOutcome Outcome, IReadOnlyList<RoomEventView> Events)
{
    internal static RoomResult Just(RoomOutcome outcome) => new(outcome, []);
}

// A room's life: opening it for a session, stepping through the running order, and closing it.
// Every method returns the events it appended, already stored, for the caller to broadcast.
public sealed class LiveRooms(RoundtableDb db, TimeProvider clock, RoomChanges changes)
{
    public Task<Room?> FindAsync(Guid roomId, CancellationToken cancellationToken = default) =>
        db.Rooms.AsNoTracking().Include(r => r.Session).SingleOrDefaultAsync(r => r.Id == roomId, cancellationToken);

    public Task<Room?> ForSessionAsync(Guid sessionId, CancellationToken cancellationToken = default) =>
        db.Rooms.AsNoTracking().Include(r => r.Session).SingleOrDefaultAsync(r => r.SessionId == sessionId, cancellationToken);

    public Task<BreakoutSeat> BreakoutSeatAsync(Guid sessionId, Guid personId, CancellationToken cancellationToken = default) =>
        BreakoutSeatAsync(db, sessionId, personId, cancellationToken);

    // Where a member sits in the session's breakouts, read in the caller's context (Contributions
    // reads it inside a room's change). A chair is always in the group they chair.
    internal static async Task<BreakoutSeat> BreakoutSeatAsync(RoundtableDb db, Guid sessionId, Guid personId, CancellationToken cancellationToken) =>
        await db.BreakoutMembers.AsNoTracking().Where(m => m.SessionId == sessionId && m.PersonId == personId)
            .Select(m => new BreakoutSeat(m.Group.Number, m.Group.ChairId == personId))
            .SingleOrDefaultAsync(cancellationToken) ?? BreakoutSeat.None;

    // The session's room, made (not yet open) the first time anyone asks for it.
    public async Task<Room> GetOrCreateAsync(Guid sessionId, CancellationToken cancellationToken = default)
    {
        if (await ForSessionAsync(sessionId, cancellationToken) is { } existing)
        {
            return existing;
        }

        var room = new Room { SessionId = sessionId, State = RoomState.NotOpen, CreatedAt = clock.GetUtcNow() };
        db.Rooms.Add(room);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone else made it at the same moment: one room per session.
            db.Entry(room).State = EntityState.Detached;
        }

        return await ForSessionAsync(sessionId, cancellationToken)
            ?? throw new InvalidOperationException("There is no session " + sessionId);
    }

    // Opens the room (again, if it was closed: sessions overrun).
    public async Task<RoomResult> OpenAsync(Guid roomId, CancellationToken cancellationToken = default)
    {
        await using var change = await changes.BeginAsync(roomId, cancellationToken);
        if (change is null)
        {
            return RoomResult.Just(RoomOutcome.NotFound);
        }

        var room = change.Room;
        if (room.Session.IsCancelled)
        {
            return RoomResult.Just(RoomOutcome.NotOpen);
        }

        if (room.State == RoomState.Open && (room.Code is not null || !RoomAccess.HasCode(room.Session)))
        {
            return RoomResult.Just(RoomOutcome.Unchanged);
        }

        if (RoomAccess.HasCode(room.Session))
        {
            room.Code ??= await RoomCode.UnusedAsync(db, cancellationToken);
        }

        if (room.State == RoomState.Open)
        {
            // Open since before rooms had codes: it gets one now, and nothing else changes.
            await change.CommitAsync(cancellationToken);
            return RoomResult.Just(RoomOutcome.Unchanged);
        }

        room.State = RoomState.Open;
        room.OpenedAt ??= change.Now;
        room.ClosedAt = null;
        change.Append(RoomEventKind.RoomOpened, new RoomStateView(RoomState.Open, change.Now));
        return new RoomResult(RoomOutcome.Done, await change.CommitAsync(cancellationToken));
    }

    // Closes the room and any prompt still open. What was said stays as the session's record.
    public async Task<RoomResult> CloseAsync(Guid roomId, CancellationToken cancellationToken = default)
    {
        await using var change = await changes.BeginAsync(roomId, cancellationToken);
        if (change is null)
        {
            return RoomResult.Just(RoomOutcome.NotFound);
        }

        if (change.Room.State != RoomState.Open)
        {
            return RoomResult.Just(RoomOutcome.Unchanged);
        }

        var open = await db.RoomPrompts.Where(p => p.RoomId == roomId && p.ClosedAt == null).OrderBy(p => p.OpenedAt).ToListAsync(cancellationToken);
        foreach (var prompt in open)
        {
            prompt.ClosedAt = change.Now;
            change.Append(RoomEventKind.PromptClosed, Prompts.View(prompt));
        }

        change.Room.State = RoomState.Closed;
        change.Room.ClosedAt = change.Now;
        // Its code opens nothing from now on, and is free for another room; opening again gives a new one.
        change.Room.Code = null;
        change.Append(RoomEventKind.RoomClosed, new RoomStateView(RoomState.Closed, change.Now));
        return new RoomResult(RoomOutcome.Done, await change.CommitAsync(cancellationToken));
    }

    // Moves the room to an item of the session's running order, or to none (between items).
    public async Task<RoomResult> MoveToItemAsync(Guid roomId, Guid? itemId, CancellationToken cancellationToken = default)
    {
        await using var change = await changes.BeginAsync(roomId, cancellationToken);
        if (change is null)
        {
            return RoomResult.Just(RoomOutcome.NotFound);
        }

        var room = change.Room;
        if (room.State != RoomState.Open)
        {
            return RoomResult.Just(RoomOutcome.NotOpen);
        }

        if (room.CurrentItemId == itemId)
        {
            return RoomResult.Just(RoomOutcome.Unchanged);
        }

        RunningOrderItem? item = null;
        if (itemId is { } id)
        {
            item = await db.RunningOrderItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id && i.SessionId == room.SessionId, cancellationToken);
            if (item is null)
            {
                return RoomResult.Just(RoomOutcome.NotFound);
            }
        }

        room.CurrentItemId = itemId;
        room.CurrentItemStartedAt = item is null ? null : change.Now;
        change.Append(RoomEventKind.ItemChanged, new ItemView(item?.Id, item?.Title, item?.Minutes, room.CurrentItemStartedAt));
        return new RoomResult(RoomOutcome.Done, await change.CommitAsync(cancellationToken));
    }
}
