using Roundtable.Core.Data;

namespace Roundtable.Core.Communities;

// The list of communities anyone may see, as the home page shows it to people not signed in:
// most visits, and a list that rarely changes. It is held for a few seconds. This server
// forgets it the moment a community is saved (RoundtableDb tells it); other servers sharing a
// PostgreSQL database catch up within Lifetime.
public sealed class ListedCommunities(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private long generation;
    private Snapshot? snapshot;

    private sealed record Snapshot(IReadOnlyList<CommunitySummary> Communities, long Generation, DateTimeOffset Until);

    public async Task<IReadOnlyList<CommunitySummary>> GetAsync(RoundtableDb db, CancellationToken cancellationToken = default)
    {
        var current = Interlocked.Read(ref generation);
        var held = Volatile.Read(ref snapshot);
        if (held is not null && held.Generation == current && held.Until > clock.GetUtcNow())
        {
            return held.Communities;
        }

        // Tagged with the generation it was read under, so a read that overlaps a change is
        // never served after it.
        var fresh = await CommunitySummaries.Listed(db).ToListAsync(cancellationToken);
        Volatile.Write(ref snapshot, new Snapshot(fresh, current, clock.GetUtcNow() + Lifetime));
        return fresh;
    }

    public void Forget() => Interlocked.Increment(ref generation);
}
