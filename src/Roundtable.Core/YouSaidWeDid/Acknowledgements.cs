using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.YouSaidWeDid;

// A request whose status changed before a session, to be acknowledged there: its latest change,
// and whether it was acknowledged at this session.
public sealed record Acknowledgement(AskLine Line, AskChange Change, bool Acknowledged, DateTimeOffset? AcknowledgedAt);

// "What we heard and what we have changed": every status change made before a session and not yet
// acknowledged at an earlier one goes on that session's running order, until a co-lead or
// facilitator ticks it off there. Not upheld comes first: it most needs saying out loud.
public sealed class Acknowledgements(RoundtableDb db, AskLedger ledger, TimeProvider clock)
{
    public const string Title = "What we heard and what we have changed";

    public async Task<IReadOnlyList<Acknowledgement>> ForSessionAsync(Session session, Membership? viewer, CancellationToken cancellationToken = default)
    {
        if (session.Kind != SessionKind.Session)
        {
            return [];
        }

        var lines = await ledger.ReadAsync(session.CommunityId, viewer, cancellationToken: cancellationToken);
        var list = new List<Acknowledgement>();
        foreach (var line in lines)
        {
            var due = Due(line.Ask, session).ToList();
            if (due.Count == 0)
            {
                continue;
            }

            var acknowledged = due.TrueForAll(c => c.AcknowledgedInSessionId == session.Id);
            list.Add(new(line, due[^1], acknowledged, acknowledged ? due[^1].AcknowledgedAt : null));
        }

        return list
            .OrderBy(a => a.Change.To == AskStatus.NotUpheld ? 0 : 1)
            .ThenBy(a => a.Change.Decision.At)
            .ToList();
    }

    // Ticks a request off at this session: every status change it had before the session that no
    // earlier session acknowledged. Ticking twice changes nothing.
    public async Task<bool> AcknowledgeAsync(Session session, Guid askId, Guid byId, CancellationToken cancellationToken = default)
    {
        var ask = await db.Asks.Include(a => a.Changes)
            .SingleOrDefaultAsync(a => a.Id == askId && a.CommunityId == session.CommunityId, cancellationToken);
        if (ask is null || session.Kind != SessionKind.Session)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var due = Due(ask, session).Where(c => c.AcknowledgedAt is null).ToList();
        foreach (var change in due)
        {
            change.AcknowledgedInSessionId = session.Id;
            change.AcknowledgedAt = now;
            change.AcknowledgedById = byId;
        }

        if (due.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return Due(ask, session).Any();
    }

    // The status changes this session is the place to acknowledge, oldest first.
    private static IEnumerable<AskChange> Due(Ask ask, Session session) =>
        ask.Changes
            .Where(c => c.ChangesStatus && c.Decision.At < session.StartsAt
                        && (c.AcknowledgedInSessionId == session.Id || c.AcknowledgedAt is null))
            .OrderBy(c => c.Decision.At);
}
