using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.SignUps;

namespace Roundtable.Core.Attendance;

// What the register holds for one session, for the register page and the API alike: every
// active member (those booked first), who is marked as there and how, the guests, and the report
// rows that matched nobody. Members appear as they chose to be named, told apart from anyone named
// alike, with their email address so that a facilitator can tell who is who (and check what a
// report matched).
public sealed class AttendanceRegister(RoundtableDb db)
{
    // IsNew: this would be the first session they came to in this community, so the facilitator
    // can welcome them.
    public sealed record Member(Guid PersonId, string Name, string? Email, bool IsBooked, bool IsWaiting, bool IsPresent, bool WasImported, bool IsNew);

    public sealed record Guest(Guid AttendanceId, string Name, bool WasImported);

    // FormerMembersPresent: members who came but have since left the community, still counted
    // and no longer listed.
    public sealed record Sheet(
        IReadOnlyList<Member> Members,
        IReadOnlyList<Guest> Guests,
        int FormerMembersPresent,
        IReadOnlyList<UnmatchedAttendee> Unresolved,
        IReadOnlyList<UnmatchedAttendee> Resolved)
    {
        public IEnumerable<Member> Booked => Members.Where(m => m.IsBooked);

        public IEnumerable<Member> Others => Members.Where(m => !m.IsBooked);

        public IEnumerable<Member> Present => Members.Where(m => m.IsPresent);

        // Who could still be added as a walk-in, or chosen for a report row: not there yet.
        public IEnumerable<Member> NotPresent => Members.Where(m => !m.IsPresent)
            .OrderBy(m => m.Name == MemberNames.NotNamed).ThenBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase);

        public string NameOf(Guid personId) => Members.FirstOrDefault(m => m.PersonId == personId)?.Name ?? "a former member";
    }

    // The session whose register this is (sessions only: preparation meetings have none).
    public Task<Session?> FindSessionAsync(Guid communityId, int number, CancellationToken cancellationToken = default) =>
        SigningUp.FindSessionAsync(db, communityId, number, cancellationToken);

    public async Task<Sheet> SheetAsync(Session session, CancellationToken cancellationToken = default)
    {
        var members = await db.Memberships.AsNoTracking().Include(m => m.Person)
            .Where(m => m.CommunityId == session.CommunityId && m.LeftAt == null)
            .ToListAsync(cancellationToken);
        var came = await db.Attendance.AsNoTracking().Where(a => a.SessionId == session.Id).ToListAsync(cancellationToken);
        var signedUp = await db.SignUps.AsNoTracking()
            .Where(s => s.SessionId == session.Id && s.Status != SignUpStatus.Cancelled)
            .ToListAsync(cancellationToken);
        var booked = signedUp.Where(s => s.Status == SignUpStatus.Booked).OrderBy(s => s.BookedAt).Select(s => s.PersonId).ToList();
        var waiting = signedUp.Where(s => s.Status == SignUpStatus.Waiting).Select(s => s.PersonId).ToHashSet();
        var present = came.Where(a => a.PersonId is not null).ToDictionary(a => a.PersonId!.Value);
        var active = members.Select(m => m.PersonId).ToHashSet();
        var unmatched = await UnmatchedAsync(session.Id, cancellationToken);
        var cameBefore = await CameBeforeAsync(session, cancellationToken);
        var names = MemberNames.TellApart(members.Select(m => new MemberNames.Choice(m.PersonId, m.Naming, m.Person.DisplayName, m.JobRole, m.Organisation)));

        return new Sheet(
            members
                .Select(m => new Member(
                    m.PersonId,
                    names[m.PersonId],
                    m.Person.Email,
                    booked.Contains(m.PersonId),
                    waiting.Contains(m.PersonId),
                    present.ContainsKey(m.PersonId),
                    present.TryGetValue(m.PersonId, out var a) && a.Source == AttendanceSource.Imported,
                    !cameBefore.Contains(m.PersonId)))
                .OrderBy(m => m.IsBooked ? booked.IndexOf(m.PersonId) : int.MaxValue)
                .ThenBy(m => m.Name == MemberNames.NotNamed)
                .ThenBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase)
                .ThenBy(m => m.Email, StringComparer.OrdinalIgnoreCase)
                .ToList(),
            came.Where(a => a.PersonId is null)
                .OrderBy(a => a.RecordedAt).ThenBy(a => a.GuestName)
                .Select(a => new Guest(a.Id, a.GuestName ?? "A guest", a.Source == AttendanceSource.Imported))
                .ToList(),
            present.Keys.Count(id => !active.Contains(id)),
            unmatched.Where(u => u.ResolvedAt is null).ToList(),
            unmatched.Where(u => u.ResolvedAt is not null).ToList());
    }

    // Everyone who came to an earlier session of this community (by when it started, not when the
    // register was taken), counted as AttendanceFigures counts them: anyone else is new at this one.
    public async Task<HashSet<Guid>> CameBeforeAsync(Session session, CancellationToken cancellationToken = default)
    {
        var people = await db.Attendance.AsNoTracking()
            .Where(a => a.PersonId != null
                && a.Session.CommunityId == session.CommunityId
                && a.Session.Kind == SessionKind.Session
                && a.Session.Status == SessionStatus.Scheduled
                && a.Session.StartsAt < session.StartsAt)
            .Select(a => a.PersonId!.Value)
            .Distinct()
            .ToListAsync(cancellationToken);
        return people.ToHashSet();
    }

    // A report's rows that matched nobody: those still to resolve first, then what was decided.
    public Task<List<UnmatchedAttendee>> UnmatchedAsync(Guid sessionId, CancellationToken cancellationToken = default) =>
        db.UnmatchedAttendees.AsNoTracking().Where(u => u.SessionId == sessionId)
            .OrderBy(u => u.ResolvedAt != null).ThenBy(u => u.ImportedAt).ThenBy(u => u.Name)
            .ToListAsync(cancellationToken);
}
