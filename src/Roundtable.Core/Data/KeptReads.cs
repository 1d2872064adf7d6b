using System.Collections.Concurrent;

namespace Roundtable.Core.Data;

// What many requests read alike and what rarely changes — the communities anyone may see, what a
// community's page shows everyone in it — kept in memory. Each is trusted until this process next
// writes to the database, and for at most Lifetime: the writes it cannot see (another server on
// the same PostgreSQL, the admin command) show within that. Only for reads whose results nobody
// changes: they are shared between requests.
public sealed class KeptReads(DatabaseWrites writes, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<object, Kept> kept = new();
    private long clearedAt = -1;

    private sealed record Kept(object? Value, long Writes, DateTimeOffset Until);

    public async Task<T> GetAsync<T>(object key, Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken = default)
    {
        // Read before reading: a read that overlaps a write is tagged with the count before it, so
        // it is never trusted after it.
        var writesNow = writes.Count;
        ForgetAllAfterAWrite(writesNow);
        if (kept.TryGetValue(key, out var held) && held.Writes == writesNow && held.Until > clock.GetUtcNow())
        {
            return (T)held.Value!;
        }

        var fresh = await read(cancellationToken);
        kept[key] = new Kept(fresh, writesNow, clock.GetUtcNow() + Lifetime);
        return fresh;
    }

    // Nothing kept before a write is of use after it, so none of it stays to fill memory.
    private void ForgetAllAfterAWrite(long writesNow)
    {
        var cleared = Interlocked.Read(ref clearedAt);
        if (cleared != writesNow && Interlocked.CompareExchange(ref clearedAt, writesNow, cleared) == cleared)
        {
            kept.Clear();
        }
    }
}
