using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Sessions;

// A session (or preparation meeting) with its running order and how many places are booked, as
// its page shows it to everyone who may see it. The same for all of them and read on every
// visit, so it is kept (see KeptReads); someone's own place and group are read for them alone.
public sealed record SessionOverview(Session Meeting, int Booked);

public sealed class SessionOverviews(SessionSchedule schedule, KeptReads kept)
{
    public Task<SessionOverview?> FindAsync(Guid communityId, SessionKind kind, int number, CancellationToken cancellationToken = default) =>
        kept.GetAsync((nameof(SessionOverview), communityId, kind, number), async read =>
            await schedule.FindAsync(communityId, kind, number, read) is { } meeting
                ? new SessionOverview(meeting, await schedule.BookedCountAsync(meeting.Id, read))
                : null,
            cancellationToken);
}
