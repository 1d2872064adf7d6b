using System.Collections.Concurrent;

namespace Roundtable.Core.Rooms;

// Wrong room codes counted per network address: at most Limit in any Window, then every code from
// that address is refused until the oldest wrong one is Window old. Right codes are not counted,
// so a room of 60 on one venue's Wi-Fi all come in; the limit is sized so each of them may
// mistype once and a third of them twice. Guessing at that rate finds one of 100 open rooms'
// codes (31^6 of them) about once in 600 days, and a code alone opens only a sign-in offer, or a
// guest's seat where the facilitator allowed guests. Kept in memory, like ReactionRateLimit.
public sealed class RoomCodeGuesses(TimeProvider clock)
{
    public const int Limit = 100;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> wrong = new(StringComparer.Ordinal);

    public bool MayTry(string address)
    {
        if (!wrong.TryGetValue(address, out var times))
        {
            return true;
        }

        lock (times)
        {
            Forget(times);
            return times.Count < Limit;
        }
    }

    // Counts a wrong code; true when this one reached the limit.
    public bool Wrong(string address)
    {
        var times = wrong.GetOrAdd(address, _ => new Queue<DateTimeOffset>());
        lock (times)
        {
            Forget(times);
            times.Enqueue(clock.GetUtcNow());
            return times.Count == Limit;
        }
    }

    private void Forget(Queue<DateTimeOffset> times)
    {
        var now = clock.GetUtcNow();
        while (times.Count > 0 && times.Peek() <= now - Window)
        {
            times.Dequeue();
        }
    }
}
