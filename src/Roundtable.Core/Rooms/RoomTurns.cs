using System.Collections.Concurrent;

namespace Roundtable.Core.Rooms;

// A change to a room and the broadcast of what it stored happen one at a time per room on this
// server, so no client is told 8 before 7 and then, dropping between them, asks to catch up from
// 8 and misses 7. A client that misses a broadcast altogether finds it in the log.
public sealed class RoomTurns
{
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> rooms = new();

    public async Task<IDisposable> TakeAsync(Guid roomId, CancellationToken cancellationToken)
    {
        var turn = rooms.GetOrAdd(roomId, _ => new SemaphoreSlim(1, 1));
        await turn.WaitAsync(cancellationToken);
        return new Turn(turn);
    }

    private sealed class Turn(SemaphoreSlim turn) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                turn.Release();
            }
        }
    }
}
