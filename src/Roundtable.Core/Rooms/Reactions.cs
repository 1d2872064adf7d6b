using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Rooms;

public enum ReactionOutcome
{
    Added = 0,
    Removed = 1,

    // Too many reactions from this person just now: theirs waits, nobody else's does.
    SlowDown = 2,
    RoomNotOpen = 3,
    NotFound = 4,
}

public sealed record ReactionResult(ReactionOutcome Outcome, ReactionCounts? Counts, IReadOnlyList<RoomEventView> Events);

// Reacting with the small, calm set: reacting again with the same kind takes it back. The room
// sees only counts, never who reacted.
public sealed class Reactions(RoundtableDb db, RoomChanges changes, ReactionRateLimit rateLimit)
{
    // Sight: the breakout groups the reactor sees (null: every group); what they cannot see, they
    // cannot react to.
    public async Task<ReactionResult> ToggleAsync(
        Guid roomId, Guid contributionId, Participant reactor, ReactionKind kind, GroupSight? sight = null, CancellationToken cancellationToken = default)
    {
        if (!rateLimit.TryTake(reactor.Id))
        {
            return new ReactionResult(ReactionOutcome.SlowDown, null, []);
        }

        await using var change = await changes.BeginAsync(roomId, cancellationToken);
        var target = change is null ? null
            : await db.Contributions.Where(c => c.Id == contributionId && c.RoomId == roomId && !c.Hidden && c.DeletedAt == null)
                .Select(c => new { Group = c.BreakoutGroupNumber }).SingleOrDefaultAsync(cancellationToken);
        if (change is null || target is null || !(sight ?? GroupSight.Everything).Sees(target.Group))
        {
            return new ReactionResult(ReactionOutcome.NotFound, null, []);
        }

        if (!RoomAccess.CanContribute(change.Room.State))
        {
            return new ReactionResult(ReactionOutcome.RoomNotOpen, null, []);
        }

        var existing = await db.Reactions.SingleOrDefaultAsync(r => r.ContributionId == contributionId && r.ReactorId == reactor.Id && r.Kind == kind, cancellationToken);
        if (existing is null)
        {
            db.Reactions.Add(new Reaction
            {
                RoomId = roomId,
                ContributionId = contributionId,
                ReactorId = reactor.Id,
                Kind = kind,
                Sequence = change.NextSequence,
                CreatedAt = change.Now,
            });
        }
        else
        {
            db.Reactions.Remove(existing);
        }

        await db.SaveChangesAsync(cancellationToken);
        var counts = ReactionCounts.Of(contributionId, await db.Reactions.Where(r => r.ContributionId == contributionId).Select(r => r.Kind).ToListAsync(cancellationToken));
        change.Append(RoomEventKind.ReactionsChanged, counts, contributionId);
        var events = await change.CommitAsync(cancellationToken);
        return new ReactionResult(existing is null ? ReactionOutcome.Added : ReactionOutcome.Removed, counts, events);
    }

    // Which reactions are this person's own, so their screen can show them as chosen.
    public Task<List<(Guid ContributionId, ReactionKind Kind)>> MineAsync(Guid roomId, Participant reactor, CancellationToken cancellationToken = default) =>
        db.Reactions.AsNoTracking().Where(r => r.RoomId == roomId && r.ReactorId == reactor.Id)
            .Select(r => new ValueTuple<Guid, ReactionKind>(r.ContributionId, r.Kind)).ToListAsync(cancellationToken);
}

// At most Limit reactions per person in any Window: a flood from one client (a stuck key, a
// script) is held back without slowing anyone else in the room. Kept in memory: it protects this
// instance, and forgetting it on restart costs nothing.
public sealed class ReactionRateLimit(TimeProvider clock)
{
    public const int Limit = 10;
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<Guid, Queue<DateTimeOffset>> recent = new();

    public bool TryTake(Guid reactorId)
    {
        var now = clock.GetUtcNow();
        var times = recent.GetOrAdd(reactorId, _ => new Queue<DateTimeOffset>());
        lock (times)
        {
            while (times.Count > 0 && times.Peek() <= now - Window)
            {
                times.Dequeue();
            }

            if (times.Count >= Limit)
            {
                return false;
            }

            times.Enqueue(now);
            return true;
        }
    }
}
