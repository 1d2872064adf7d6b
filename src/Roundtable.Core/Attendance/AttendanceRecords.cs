using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;

namespace Roundtable.Core.Attendance;

public enum AttendanceChange
{
    Done,

    // Already so: a second click, or two facilitators doing the same thing.
    Unchanged,

    // Not an active member of this community, or no such row for this session.
    NotFound,
}

// Who came to a session: marked by a facilitator in the room (walk-ins and late arrivals are
// simply present: "there is no such thing as late"), or imported from an online meeting's
// attendance report, with the rows that matched nobody kept for a person to resolve. Every change
// to a session's attendance happens one at a time per session, so a double click, two
// facilitators at once or a report imported twice never counts anyone twice.
public sealed class AttendanceRecords(RoundtableDb db, TimeProvider clock)
{
    public const string ResolvedAsMember = "Member";
    public const string ResolvedAsGuest = "Guest";
    public const string ResolvedAsLeftOut = "Left out";

    public enum Resolution
    {
        Member,
        Guest,
        LeaveOut,
    }

    public sealed record Marked(int Added, int Removed);

    public sealed record NameMatch(string InReport, Guid PersonId);

    public sealed record NotMatched(string Name, string? Email, string Reason);

    // What an import did, row by row in total: everything a facilitator needs to check it.
    public sealed record ImportSummary(
        string Layout,
        int RowsRead,
        int MatchedByEmail,
        IReadOnlyList<NameMatch> MatchedByName,
        int DuplicatesMerged,
        int AlreadyPresent,
        int Added,
        IReadOnlyList<NotMatched> NotMatched,
        int AlreadyListed,
        IReadOnlyList<AttendanceReport.Skip> Skipped,
        int BlankLines);

    // The active members of a community, as the register and the import match them.
    public Task<List<Membership>> ActiveMembersAsync(Guid communityId, CancellationToken cancellationToken = default) =>
        db.Memberships.AsNoTracking().Include(m => m.Person)
            .Where(m => m.CommunityId == communityId && m.LeftAt == null)
            .ToListAsync(cancellationToken);

    // The active member with this email address, however it is written; null when none has it.
    public async Task<Membership?> ActiveMemberByEmailAsync(Guid communityId, string email, CancellationToken cancellationToken = default)
    {
        var wanted = EmailAddress.Normalise(email);
        return (await ActiveMembersAsync(communityId, cancellationToken))
            .FirstOrDefault(m => m.Person.Email is { } theirs && EmailAddress.Normalise(theirs) == wanted);
    }

    // Sets exactly who was there among the members a facilitator was shown: the ticked are present
    // (kept as they were recorded, or newly marked), the unticked are not, however they were
    // recorded. Members not shown (someone who has since left) and guests not listed keep theirs.
    public async Task<Marked> MarkAsync(
        Session session, IReadOnlyCollection<Guid> shownMembers, IReadOnlyCollection<Guid> presentMembers,
        IReadOnlyCollection<Guid> shownGuests, IReadOnlyCollection<Guid> keptGuests, Guid recordedById,
        CancellationToken cancellationToken = default)
    {
        await using var transaction = await LockAsync(session.Id, cancellationToken);
        var active = (await ActiveIdsAsync(session.CommunityId, cancellationToken)).ToHashSet();
        var shown = shownMembers.Where(active.Contains).ToHashSet();
        var present = presentMembers.Where(shown.Contains).ToHashSet();
        var recorded = await db.Attendance.Where(a => a.SessionId == session.Id).ToListAsync(cancellationToken);

        var removed = recorded
            .Where(a => a.PersonId is { } id ? shown.Contains(id) && !present.Contains(id) : shownGuests.Contains(a.Id) && !keptGuests.Contains(a.Id))
            .ToList();
        db.Attendance.RemoveRange(removed);
        var already = recorded.Where(a => a.PersonId is not null).Select(a => a.PersonId!.Value).ToHashSet();
        var now = clock.GetUtcNow();
        var added = present.Where(id => !already.Contains(id)).ToList();
        db.Attendance.AddRange(added.Select(id => MarkedPresent(session, id, recordedById, now)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Marked(added.Count, removed.Count);
    }

    // A member who walked in, marked present in one click.
    public async Task<AttendanceChange> AddMemberAsync(Session session, Guid personId, Guid recordedById, CancellationToken cancellationToken = default)
    {
        await using var transaction = await LockAsync(session.Id, cancellationToken);
        if (!(await ActiveIdsAsync(session.CommunityId, cancellationToken)).Contains(personId))
        {
            return AttendanceChange.NotFound;
        }

        if (await db.Attendance.AnyAsync(a => a.SessionId == session.Id && a.PersonId == personId, cancellationToken))
        {
            return AttendanceChange.Unchanged;
        }

        db.Attendance.Add(MarkedPresent(session, personId, recordedById, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return AttendanceChange.Done;
    }

    // A guest who is not a member, by the name they gave. The same name twice is one guest: a
    // double click must not count two people.
    public async Task<AttendanceChange> AddGuestAsync(Session session, string name, Guid recordedById, CancellationToken cancellationToken = default)
    {
        await using var transaction = await LockAsync(session.Id, cancellationToken);
        if (await GuestListedAsync(session.Id, name, cancellationToken))
        {
            return AttendanceChange.Unchanged;
        }

        db.Attendance.Add(new Attendee
        {
            SessionId = session.Id,
            GuestName = name,
            Source = AttendanceSource.Marked,
            RecordedById = recordedById,
            RecordedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return AttendanceChange.Done;
    }

    // Imports the rows of a report all together or not at all: matched rows become attendance
    // (one per person, from their earliest join to their latest leave), rows that matched nobody
    // are kept to resolve. Importing the same report again adds nothing.
    public async Task<ImportSummary> ImportAsync(Session session, AttendanceReport report, Guid recordedById, CancellationToken cancellationToken = default)
    {
        if (!report.CanImport)
        {
            throw new InvalidOperationException("A report that cannot be read cannot be imported: " + report.Problem);
        }

        await using var transaction = await LockAsync(session.Id, cancellationToken);
        var members = await ActiveMembersAsync(session.CommunityId, cancellationToken);
        var matcher = new Matcher(members);
        var present = (await db.Attendance.Where(a => a.SessionId == session.Id && a.PersonId != null)
            .Select(a => a.PersonId!.Value).ToListAsync(cancellationToken)).ToHashSet();
        var listed = (await db.UnmatchedAttendees.Where(u => u.SessionId == session.Id)
            .Select(u => new { u.Name, u.Email }).ToListAsync(cancellationToken))
            .Select(u => UnmatchedKey(u.Name, u.Email)).ToHashSet(StringComparer.Ordinal);

        var matched = new List<(AttendanceReport.Row Row, Guid PersonId, bool ByEmail)>();
        var unmatched = new List<(AttendanceReport.Row Row, string Reason)>();
        foreach (var row in report.Rows)
        {
            var (personId, byEmail, reason) = matcher.Match(row);
            if (personId is { } id)
            {
                matched.Add((row, id, byEmail));
            }
            else
            {
                unmatched.Add((row, reason!));
            }
        }

        var now = clock.GetUtcNow();
        var people = matched.GroupBy(m => m.PersonId).ToList();
        var newcomers = people.Where(p => !present.Contains(p.Key)).ToList();
        foreach (var person in newcomers)
        {
            db.Attendance.Add(new Attendee
            {
                SessionId = session.Id,
                PersonId = person.Key,
                Source = AttendanceSource.Imported,
                JoinedAt = person.Min(m => m.Row.JoinedAt),
                LeftAt = person.Max(m => m.Row.LeftAt),
                RecordedById = recordedById,
                RecordedAt = now,
            });
        }

        var strangers = unmatched.GroupBy(u => UnmatchedKey(u.Row.Name, u.Row.Email), StringComparer.Ordinal).ToList();
        var notListedYet = strangers.Where(s => !listed.Contains(s.Key)).ToList();
        foreach (var stranger in notListedYet)
        {
            var first = stranger.First().Row;
            db.UnmatchedAttendees.Add(new UnmatchedAttendee
            {
                SessionId = session.Id,
                // A row with no name is named by its email address, which may be longer than a
                // name can be: the address itself is kept whole beside it.
                Name = first.Name.Length > UnmatchedAttendee.NameMaxLength ? first.Name[..UnmatchedAttendee.NameMaxLength] : first.Name,
                Email = first.Email,
                JoinedAt = stranger.Min(s => s.Row.JoinedAt),
                LeftAt = stranger.Max(s => s.Row.LeftAt),
                ImportedAt = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return new ImportSummary(
            report.Layout,
            report.Rows.Count,
            people.Count(p => p.First().ByEmail),
            people.Where(p => !p.First().ByEmail).Select(p => new NameMatch(p.First().Row.Name, p.Key)).ToList(),
            matched.Count - people.Count + unmatched.Count - strangers.Count,
            people.Count - newcomers.Count,
            newcomers.Count,
            notListedYet.Select(s => new NotMatched(s.First().Row.Name, s.First().Row.Email, s.First().Reason)).ToList(),
            strangers.Count - notListedYet.Count,
            report.Skipped,
            report.BlankLines);
    }

    public Task<List<UnmatchedAttendee>> UnmatchedAsync(Guid sessionId, CancellationToken cancellationToken = default) =>
        db.UnmatchedAttendees.AsNoTracking().Where(u => u.SessionId == sessionId)
            .OrderBy(u => u.ResolvedAt != null).ThenBy(u => u.ImportedAt).ThenBy(u => u.Name)
            .ToListAsync(cancellationToken);

    // Settles a report row that matched nobody: it was a member, a guest, or someone to leave out.
    // Settling it again changes nothing.
    public async Task<AttendanceChange> ResolveAsync(
        Session session, Guid unmatchedId, Resolution resolution, Guid? personId, Guid recordedById, CancellationToken cancellationToken = default)
    {
        await using var transaction = await LockAsync(session.Id, cancellationToken);
        var row = await db.UnmatchedAttendees.SingleOrDefaultAsync(u => u.Id == unmatchedId && u.SessionId == session.Id, cancellationToken);
        if (row is null)
        {
            return AttendanceChange.NotFound;
        }

        if (row.ResolvedAt is not null)
        {
            return AttendanceChange.Unchanged;
        }

        var now = clock.GetUtcNow();
        switch (resolution)
        {
            case Resolution.Member:
                if (personId is not { } id || !(await ActiveIdsAsync(session.CommunityId, cancellationToken)).Contains(id))
                {
                    return AttendanceChange.NotFound;
                }

                if (!await db.Attendance.AnyAsync(a => a.SessionId == session.Id && a.PersonId == id, cancellationToken))
                {
                    db.Attendance.Add(new Attendee
                    {
                        SessionId = session.Id,
                        PersonId = id,
                        Source = AttendanceSource.Imported,
                        JoinedAt = row.JoinedAt,
                        LeftAt = row.LeftAt,
                        RecordedById = recordedById,
                        RecordedAt = now,
                    });
                }

                row.Resolution = ResolvedAsMember;
                break;
            case Resolution.Guest:
                var guestName = row.Name.Length > Attendee.NameMaxLength ? row.Name[..Attendee.NameMaxLength] : row.Name;
                if (!await GuestListedAsync(session.Id, guestName, cancellationToken))
                {
                    db.Attendance.Add(new Attendee
                    {
                        SessionId = session.Id,
                        GuestName = guestName,
                        Source = AttendanceSource.Imported,
                        JoinedAt = row.JoinedAt,
                        LeftAt = row.LeftAt,
                        RecordedById = recordedById,
                        RecordedAt = now,
                    });
                }

                row.Resolution = ResolvedAsGuest;
                break;
            default:
                row.Resolution = ResolvedAsLeftOut;
                break;
        }

        row.ResolvedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return AttendanceChange.Done;
    }

    // One change to a session's attendance at a time: a write lock on the session's row (SQLite
    // allows one writer anyway). The row itself is not changed.
    internal static async Task<IDbContextTransaction> LockAsync(RoundtableDb db, Guid sessionId, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Sessions.Where(s => s.Id == sessionId)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Sequence, s => s.Sequence), cancellationToken);
        return transaction;
    }

    private Task<IDbContextTransaction> LockAsync(Guid sessionId, CancellationToken cancellationToken) =>
        LockAsync(db, sessionId, cancellationToken);

    private Task<List<Guid>> ActiveIdsAsync(Guid communityId, CancellationToken cancellationToken) =>
        db.Memberships.Where(m => m.CommunityId == communityId && m.LeftAt == null).Select(m => m.PersonId).ToListAsync(cancellationToken);

    private async Task<bool> GuestListedAsync(Guid sessionId, string name, CancellationToken cancellationToken)
    {
        var guests = await db.Attendance.Where(a => a.SessionId == sessionId && a.GuestName != null).Select(a => a.GuestName!).ToListAsync(cancellationToken);
        return guests.Any(g => string.Equals(Matcher.NameKey(g), Matcher.NameKey(name), StringComparison.Ordinal));
    }

    private static Attendee MarkedPresent(Session session, Guid personId, Guid recordedById, DateTimeOffset now) => new()
    {
        SessionId = session.Id,
        PersonId = personId,
        Source = AttendanceSource.Marked,
        RecordedById = recordedById,
        RecordedAt = now,
    };

    // The same person in a report twice: the same email, or with no email the same name.
    private static string UnmatchedKey(string name, string? email) =>
        email is null ? "name:" + Matcher.NameKey(name) : "email:" + EmailAddress.Normalise(email);

    // Matches a report's row to an active member: by email address first, then by name, exactly
    // (ignoring case and spacing) and only when one member has it. "Jane Doe (Guest)" and Zoom's
    // "JD (Jane Doe)" are also tried as the name before and inside the brackets.
    private sealed class Matcher
    {
        private readonly Dictionary<string, Guid> byEmail = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<Guid>> byName = new(StringComparer.Ordinal);

        public Matcher(IEnumerable<Membership> members)
        {
            foreach (var member in members)
            {
                if (!string.IsNullOrWhiteSpace(member.Person.Email))
                {
                    byEmail[EmailAddress.Normalise(member.Person.Email)] = member.PersonId;
                }

                if (!string.IsNullOrWhiteSpace(member.Person.DisplayName))
                {
                    var key = NameKey(member.Person.DisplayName);
                    if (!byName.TryGetValue(key, out var ids))
                    {
                        byName[key] = ids = [];
                    }

                    ids.Add(member.PersonId);
                }
            }
        }

        public static string NameKey(string name) =>
            string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

        public (Guid? PersonId, bool ByEmail, string? Reason) Match(AttendanceReport.Row row)
        {
            if (row.Email is { } email && byEmail.TryGetValue(EmailAddress.Normalise(email), out var id))
            {
                return (id, true, null);
            }

            var shared = false;
            foreach (var candidate in Names(row.Name))
            {
                if (byName.TryGetValue(NameKey(candidate), out var ids))
                {
                    if (ids.Count == 1)
                    {
                        return (ids[0], false, null);
                    }

                    shared = true;
                }
            }

            return (null, false, shared
                ? "More than one member has this name"
                : row.Email is null ? "No member has this name" : "No member has this email address or name");
        }

        private static IEnumerable<string> Names(string name)
        {
            yield return name;
            var open = name.LastIndexOf('(');
            if (open > 0 && name.EndsWith(')'))
            {
                yield return name[..open].Trim();
                var inside = name[(open + 1)..^1].Trim();
                if (inside.Length > 0)
                {
                    yield return inside;
                }
            }
        }
    }
}
