using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Sessions;

namespace Roundtable.Core.Calendar;

// What goes in each calendar: one session, a community's sessions, or a person's own. Booked says
// whether the person asking holds a place, which is what lets the meeting link in.
public sealed class SessionCalendars(RoundtableDb db, TimeProvider clock)
{
    // Feeds reach back a year: enough for a calendar to keep recent sessions, not the whole history.
    public const int MonthsBack = 12;

    public sealed record Entry(Session Session, Community Community, bool Booked);

    // One session or preparation meeting, if the caller may know it exists.
    public async Task<Entry?> FindAsync(
        Community community, Membership? membership, SessionKind kind, int number, Guid? personId, CancellationToken cancellationToken = default)
    {
        if (!SessionAccess.CanSee(kind, membership))
        {
            return null;
        }

        var session = await db.Sessions.AsNoTracking()
            .SingleOrDefaultAsync(s => s.CommunityId == community.Id && s.Kind == kind && s.Number == number, cancellationToken);
        return session is null ? null : new Entry(session, community, await IsBookedAsync(session.Id, personId, cancellationToken));
    }

    // Every session the caller may see in the community, cancelled ones too (so calendars that
    // have them show them cancelled), from a year ago on.
    public async Task<List<Entry>> ForCommunityAsync(
        Community community, Membership? membership, Guid? personId, CancellationToken cancellationToken = default)
    {
        var since = Since();
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.CommunityId == community.Id && s.StartsAt >= since)
            .VisibleTo(membership)
            .ToListAsync(cancellationToken);
        var booked = personId is null
            ? []
            : await db.SignUps
                .Where(u => u.PersonId == personId && u.Session.CommunityId == community.Id && u.Session.StartsAt >= since)
                .Select(u => u.SessionId)
                .ToHashSetAsync(cancellationToken);
        return InOrder(sessions.Select(s => new Entry(s, community, booked.Contains(s.Id))));
    }

    // A person's own calendar: the sessions they are booked on or waiting for, in communities they
    // may still see, and every preparation meeting of the lived-expert groups they support or are in.
    public async Task<List<Entry>> ForPersonAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        var since = Since();
        var isSiteAdmin = await db.UserRoles.AnyAsync(
            ur => ur.UserId == personId && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == SiteRoles.Admin), cancellationToken);
        var visible = db.Communities.VisibleTo(personId, isSiteAdmin).Select(c => c.Id);

        var signedUp = await db.SignUps.AsNoTracking()
            .Where(u => u.PersonId == personId &&
                        (u.Status == SignUpStatus.Booked || u.Status == SignUpStatus.Waiting) &&
                        u.Session.Kind == SessionKind.Session &&
                        u.Session.StartsAt >= since &&
                        visible.Contains(u.Session.CommunityId))
            .Select(u => new { u.Session, u.Session.Community, Booked = u.Status == SignUpStatus.Booked })
            .ToListAsync(cancellationToken);

        // The same rule as SessionAccess, as a query: the group's members and the co-leads.
        var theirGroups = db.Memberships
            .Where(m => m.PersonId == personId && m.LeftAt == null && (m.InLivedExpertGroup || m.Role == CommunityRole.CoLead))
            .Select(m => m.CommunityId);
        var preparation = await db.Sessions.AsNoTracking()
            .Where(s => s.Kind == SessionKind.PreparationMeeting && s.StartsAt >= since && theirGroups.Contains(s.CommunityId))
            .Select(s => new
            {
                Session = s,
                s.Community,
                Booked = db.SignUps.Any(u => u.SessionId == s.Id && u.PersonId == personId && u.Status == SignUpStatus.Booked),
            })
            .ToListAsync(cancellationToken);

        return InOrder(signedUp.Select(x => new Entry(x.Session, x.Community, x.Booked))
            .Concat(preparation.Select(x => new Entry(x.Session, x.Community, x.Booked))));
    }

    private DateTimeOffset Since() => clock.GetUtcNow().AddMonths(-MonthsBack);

    private async Task<bool> IsBookedAsync(Guid sessionId, Guid? personId, CancellationToken cancellationToken) =>
        personId is not null &&
        await db.SignUps.AnyAsync(u => u.SessionId == sessionId && u.PersonId == personId && u.Status == SignUpStatus.Booked, cancellationToken);

    // Sorted once all are in: a person's come from two queries, and a year of sessions is short.
    private static List<Entry> InOrder(IEnumerable<Entry> entries) =>
        entries.OrderBy(e => e.Session.StartsAt).ThenBy(e => e.Session.Kind).ThenBy(e => e.Session.Number).ToList();
}
