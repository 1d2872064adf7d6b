using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Attendance;

// "Of those who came then, how many came back": x of y, and as a whole percentage.
public sealed record Held(int Came, int Of, int FromSession)
{
    public int Percent => Of == 0 ? 0 : (int)Math.Round(Came * 100m / Of, MidpointRounding.AwayFromZero);

    public override string ToString() => $"{Came} of {Of} ({Percent}%)";
}

// One session's attendance in figures. Members are followed from session to session; guests
// (people who are not members) are only counted. Recorded is false for a session where nobody
// has been marked or imported yet, whose figures mean nothing yet.
public sealed record SessionFigures(
    Guid SessionId,
    int Number,
    DateTimeOffset StartsAt,
    int Members,
    int Guests,
    int New,
    int Returning,
    Held? HeldFromFirst,
    Held? HeldFromPrevious)
{
    public int Attended => Members + Guests;

    public bool Recorded => Attended > 0;
}

// Attendance, new and returning members, and retention across a community's sessions: the
// staff briefing's "43 attended (holding from Session 1)" as figures. Only sessions count
// (not preparation meetings), and cancelled sessions are skipped.
public sealed class AttendanceFigures(RoundtableDb db)
{
    // Who came to one session: the members by person, and how many guests.
    public sealed record Came(Guid SessionId, int Number, DateTimeOffset StartsAt, IReadOnlySet<Guid> Members, int Guests);

    // Sessions in the order they happened. New: members who had never come to an earlier
    // session. Held from the first: of the members at the first session anyone came to, how
    // many came to this one; from the previous: the same against the last session before this
    // one that anyone came to. Both are null for a session with nothing earlier to compare with.
    public static IReadOnlyList<SessionFigures> Calculate(IEnumerable<Came> sessions)
    {
        var figures = new List<SessionFigures>();
        var seen = new HashSet<Guid>();
        Came? first = null;
        Came? previous = null;
        foreach (var session in sessions.OrderBy(s => s.StartsAt).ThenBy(s => s.Number))
        {
            var newcomers = session.Members.Count(id => !seen.Contains(id));
            figures.Add(new SessionFigures(
                session.SessionId,
                session.Number,
                session.StartsAt,
                session.Members.Count,
                session.Guests,
                newcomers,
                session.Members.Count - newcomers,
                first is null ? null : HeldFrom(first, session),
                previous is null ? null : HeldFrom(previous, session)));

            seen.UnionWith(session.Members);
            if (session.Members.Count > 0)
            {
                first ??= session;
                previous = session;
            }
        }

        return figures;
    }

    // Every session of the community that is not cancelled, in order, to the last one.
    public async Task<IReadOnlyList<SessionFigures>> ForCommunityAsync(Guid communityId, CancellationToken cancellationToken = default)
    {
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.CommunityId == communityId && s.Kind == SessionKind.Session && s.Status == SessionStatus.Scheduled)
            .Select(s => new { s.Id, s.Number, s.StartsAt })
            .ToListAsync(cancellationToken);
        var came = await db.Attendance.AsNoTracking()
            .Where(a => a.Session.CommunityId == communityId && a.Session.Kind == SessionKind.Session && a.Session.Status == SessionStatus.Scheduled)
            .Select(a => new { a.SessionId, a.PersonId })
            .ToListAsync(cancellationToken);
        var bySession = came.ToLookup(a => a.SessionId);
        return Calculate(sessions.Select(s => new Came(
            s.Id,
            s.Number,
            s.StartsAt,
            bySession[s.Id].Where(a => a.PersonId is not null).Select(a => a.PersonId!.Value).ToHashSet(),
            bySession[s.Id].Count(a => a.PersonId is null))));
    }

    // One session's figures, against the sessions before it; null for a cancelled session or a
    // preparation meeting, which are not counted.
    public async Task<SessionFigures?> ForSessionAsync(Session session, CancellationToken cancellationToken = default) =>
        (await ForCommunityAsync(session.CommunityId, cancellationToken)).FirstOrDefault(f => f.SessionId == session.Id);

    private static Held HeldFrom(Came earlier, Came session) =>
        new(earlier.Members.Count(session.Members.Contains), earlier.Members.Count, earlier.Number);
}
