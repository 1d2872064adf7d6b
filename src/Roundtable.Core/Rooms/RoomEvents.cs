using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;

namespace Roundtable.Core.Rooms;

// A page of the room's log. More: there is more after the last event here; ask again from it.
public sealed record RoomEventPage(IReadOnlyList<RoomEventView> Events, bool More)
{
    public long? Last => Events.Count == 0 ? null : Events[^1].Sequence;
}

// Catching up: a client says the last number it saw and gets exactly what came after, in order.
// A new client starts from 0. Hidden and deleted contributions are already out of the log.
public sealed class RoomEvents(RoundtableDb db)
{
    public const int PageSize = 200;

    public async Task<RoomEventPage> AfterAsync(Guid roomId, long after, int take = PageSize, CancellationToken cancellationToken = default)
    {
        take = Math.Clamp(take, 1, PageSize);
        var events = await db.RoomEvents.AsNoTracking()
            .Where(e => e.RoomId == roomId && e.Sequence > after)
            .OrderBy(e => e.Sequence).Take(take + 1)
            .ToListAsync(cancellationToken);
        return new RoomEventPage(events.Take(take).Select(RoomEventView.Of).ToList(), events.Count > take);
    }
}
