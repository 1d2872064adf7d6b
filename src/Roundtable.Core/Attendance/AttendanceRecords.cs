using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Sessions;

namespace Roundtable.Core.Attendance;

public enum AttendanceChange
{
    Done,

    // Already so: a second click, or two facilitators doing the same thing.
    Unchanged,

    // No such report row for this session: nothing changed (Refusal says so).
    NotFound,

    // The session takes no attendance, yet or at all: nothing changed (Refusal says why).
    Closed,

    // What they sent has Problems: nothing changed.
    Invalid,
}

// Who came to a session: marked by a facilitator in the room (walk-ins and late arrivals are
// simply present: "there is no such thing as late"), or imported from an online meeting's
// attendance report, with the rows that matched nobody kept for a person to resolve. Attendance
// is recorded from the session's UK day on and never for a cancelled session, whoever asks
// (AttendanceTaking says why not). Every change to a session's attendance happens one at a time
// per session, so a double click, two facilitators at once or a report imported twice never
// counts anyone twice.
public sealed class AttendanceRecords(RoundtableDb db, TimeProvider clock)
{
    public const string ResolvedAsMember = "Member";
    public const string ResolvedAsGuest = "Guest";
    public const string ResolvedAsLeftOut = "Left out";

    // The field a report's problem is about: the file itself.
    public const string ReportField = "Report";

    private const string NotAMember = "They are not a member of this community now";
    private const string NoSuchEmail = "No member of this community has this email address";

    public enum Resolution
    {
        Member,
        Guest,
        LeaveOut,
    }

    // Who a facilitator was shown on the register and who they ticked: members by their person,
    // guests by their attendance record.
    public sealed record Marks(
        IReadOnlyCollection<Guid> ShownMembers,
        IReadOnlyCollection<Guid> PresentMembers,
        IReadOnlyCollection<Guid> ShownGuests,
        IReadOnlyCollection<Guid> KeptGuests);

    // A member who walked in: by the id the register lists them by, or by their email address.
    public sealed record WalkIn(Guid? PersonId, string? Email = null);

    // A guest who is not a member, by the name they gave.
    public sealed record GuestWalkIn(string? GuestName)
    {
        // The name, trimmed, or null with the problem noted.
        public string? Name(Problems problems) =>
            problems.Required(nameof(GuestName), GuestName, "Enter the guest's name", "The guest's name", Attendee.NameMaxLength);
    }

    // What to make of a report row that matched nobody: a member (by id or email address), a
    // guest, or someone to leave out.
    public sealed record Settle(Guid UnmatchedId, Resolution? Resolution, Guid? PersonId = null, string? Email = null)
    {
        // The resolution, or null with the problem noted.
        public Resolution? How(Problems problems)
        {
            var how = problems.Chosen(nameof(Resolution), Resolution, "Choose the member this is, or add them as a guest, or leave them out");
            if (how == AttendanceRecords.Resolution.Member)
            {
                Names(problems, PersonId, Email, "Choose the member this is, or add them as a guest, or leave them out");
            }

            return how;
        }
    }

    // Added and Removed count people; Refusal says why nothing changed when the session is closed.
    public sealed record Marked(AttendanceChange Change, int Added, int Removed, string? Refusal = null);

    // Name: who is marked as here, as they chose to be named (a guest as they gave it).
    public sealed record Added(AttendanceChange Change, string? Name, IReadOnlyList<Problem> Problems, string? Refusal = null);

    // Summary: what an import did, when it did.
    public sealed record Imported(AttendanceChange Change, ImportSummary? Summary, IReadOnlyList<Problem> Problems, string? Refusal = null);

    // Row: the report row as it now stands; Member: who it was found to be, as they chose to be named.
    public sealed record Settled(AttendanceChange Change, UnmatchedAttendee? Row, string? Member, IReadOnlyList<Problem> Problems, string? Refusal = null);

    public sealed record NameMatch(string InReport, Guid PersonId);

    // A row matched as a facilitator chose for an earlier report; Remembered undoes it (ForgetAsync).
    public sealed record ChosenMatch(string InReport, Guid PersonId, Guid Remembered);

    public sealed record Forgotten(AttendanceChange Change, string? InReport, string? Refusal = null);

    public sealed record NotMatched(string Name, string? Email, string Reason);

    // What an import did, row by row in total: everything a facilitator needs to check it.
    public sealed record ImportSummary(
        string Layout,
        int RowsRead,
        int MatchedByEmail,
        IReadOnlyList<NameMatch> MatchedByName,
        IReadOnlyList<ChosenMatch> MatchedAsChosenBefore,
        int DuplicatesMerged,
        int AlreadyPresent,
        int Added,
        IReadOnlyList<NotMatched> NotMatched,
        int AlreadyListed,
        IReadOnlyList<AttendanceReport.Skip> Skipped,
        int BlankLines);

    // Sets exactly who was there among the members a facilitator was shown: the ticked are present
    // (kept as they were recorded, or newly marked), the unticked are not, however they were
    // recorded. Members not shown (someone who has since left) and guests not listed keep theirs.
    public async Task<Marked> MarkAsync(Session session, Marks marks, Guid recordedById, CancellationToken cancellationToken = default)
    {
        await using var transaction = await LockAsync(session.Id, cancellationToken);
        if (await WhyClosedAsync(session.Id, cancellationToken) is { } closed)
        {
            return new Marked(AttendanceChange.Closed, 0, 0, closed);
        }

        var active = (await ActiveIdsAsync(session.CommunityId, cancellationToken)).ToHashSet();
        var shown = marks.ShownMembers.Where(active.Contains).ToHashSet();
        var present = marks.PresentMembers.Where(shown.Contains).ToHashSet();
        var recorded = await db.Attendance.Where(a => a.SessionId == session.Id).ToListAsync(cancellationToken);

        var removed = recorded
            .Where(a => a.PersonId is { } id
                ? shown.Contains(id) && !present.Contains(id)
                : marks.ShownGuests.Contains(a.Id) && !marks.KeptGuests.Contains(a.Id))
            .ToList();
        db.Attendance.RemoveRange(removed);
        var already = recorded.Where(a => a.PersonId is not null).Select(a => a.PersonId!.Value).ToHashSet();
        var now = clock.GetUtcNow();
        var added = present.Where(id => !already.Contains(id)).ToList();
        db.Attendance.AddRange(added.Select(id => MarkedPresent(session, id, recordedById, now)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Marked(added.Count == 0 && removed.Count == 0 ? AttendanceChange.Unchanged : AttendanceChange.Done, added.Count, removed.Count);
    }

    // A member who walked in, marked present in one click.
    public async Task<Added> AddMemberAsync(Session session, WalkIn walkIn, Guid recordedById, CancellationToken cancellationToken = default)
    {
        var problems = new Problems();
        if (!Names(problems, walkIn.PersonId, walkIn.Email, "Choose the member who walked in"))
        {
            return new Added(AttendanceChange.Invalid, null, problems);
        }

        await using var transaction = await LockAsync(session.Id, cancellationToken);
        if (await WhyClosedAsync(session.Id, cancellationToken) is { } closed)
        {
            return new Added(AttendanceChange.Closed, null, [], closed);
        }

        if (await ActiveMemberAsync(session.CommunityId, walkIn.PersonId, walkIn.Email, problems, cancellationToken) is not { } member)
        {
            return new Added(AttendanceChange.Invalid, null, problems);
        }

        var name = MemberNames.AsTheyChose(member);
        if (await db.Attendance.AnyAsync(a => a.SessionId == session.Id && a.PersonId == member.PersonId, cancellationToken))
        {
            return new Added(AttendanceChange.Unchanged, name, []);
        }

        db.Attendance.Add(MarkedPresent(session, member.PersonId, recordedById, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Added(AttendanceChange.Done, name, []);
    }

    // A guest who is not a member, by the name they gave. The same name twice is one guest: a
    // double click must not count two people.
    public async Task<Added> AddGuestAsync(Session session, GuestWalkIn guest, Guid recordedById, CancellationToken cancellationToken = default)
    {
        var problems = new Problems();
        if (guest.Name(problems) is not { } name)
        {
            return new Added(AttendanceChange.Invalid, null, problems);
        }

        await using var transaction = await LockAsync(session.Id, cancellationToken);
        if (await WhyClosedAsync(session.Id, cancellationToken) is { } closed)
        {
            return new Added(AttendanceChange.Closed, null, [], closed);
        }

        if (await GuestListedAsync(session.Id, name, cancellationToken))
        {
            return new Added(AttendanceChange.Unchanged, name, []);
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
        return new Added(AttendanceChange.Done, name, []);
    }

    // Imports the rows of a report all together or not at all: matched rows become attendance
    // (one per person, from their earliest join to their latest leave), rows that matched nobody
    // are kept to resolve. A report that cannot be read imports nothing, and importing the same
    // report again adds nothing.
    public async Task<Imported> ImportAsync(Session session, AttendanceReport report, Guid recordedById, CancellationToken cancellationToken = default)
    {
        if (report.Problem is { } problem)
        {
            return new Imported(AttendanceChange.Invalid, null, [new Problem(ReportField, problem)]);
        }

        await using var transaction = await LockAsync(session.Id, cancellationToken);
        if (await WhyClosedAsync(session.Id, cancellationToken) is { } closed)
        {
            return new Imported(AttendanceChange.Closed, null, [], closed);
        }

        var matcher = await MemberMatcher.ForCommunityAsync(db, session.CommunityId, cancellationToken);
        var present = (await db.Attendance.Where(a => a.SessionId == session.Id && a.PersonId != null)
            .Select(a => a.PersonId!.Value).ToListAsync(cancellationToken)).ToHashSet();
        var listed = (await db.UnmatchedAttendees.Where(u => u.SessionId == session.Id)
            .Select(u => new { u.Name, u.Email }).ToListAsync(cancellationToken))
            .Select(u => UnmatchedKey(u.Name, u.Email)).ToHashSet(StringComparer.Ordinal);

        var matched = new List<(AttendanceReport.Row Row, Guid PersonId, MatchedBy By, Guid? Remembered)>();
        var unmatched = new List<(AttendanceReport.Row Row, string Reason)>();
        foreach (var row in report.Rows)
        {
            var (personId, by, rememberedId, reason) = matcher.Match(row.Name, row.Email);
            if (personId is { } id)
            {
                matched.Add((row, id, by, rememberedId));
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

        var summary = new ImportSummary(
            report.Layout,
            report.Rows.Count,
            people.Count(p => p.First().By == MatchedBy.Email),
            people.Where(p => p.First().By == MatchedBy.Name).Select(p => new NameMatch(p.First().Row.Name, p.Key)).ToList(),
            people.Where(p => p.First().By == MatchedBy.ChosenBefore)
                .Select(p => new ChosenMatch(p.First().Row.Name, p.Key, p.First().Remembered!.Value)).ToList(),
            matched.Count - people.Count + unmatched.Count - strangers.Count,
            people.Count - newcomers.Count,
            newcomers.Count,
            notListedYet.Select(s => new NotMatched(s.First().Row.Name, s.First().Row.Email, s.First().Reason)).ToList(),
            strangers.Count - notListedYet.Count,
            report.Skipped,
            report.BlankLines);
        return new Imported(newcomers.Count == 0 && notListedYet.Count == 0 ? AttendanceChange.Unchanged : AttendanceChange.Done, summary, []);
    }

    // Settles a report row that matched nobody: it was a member, a guest, or someone to leave out.
    // Settling it again changes nothing.
    public async Task<Settled> ResolveAsync(Session session, Settle settle, Guid recordedById, CancellationToken cancellationToken = default)
    {
        var problems = new Problems();
        var how = settle.How(problems);
        if (problems.Any)
        {
            return new Settled(AttendanceChange.Invalid, null, null, problems);
        }

        await using var transaction = await LockAsync(session.Id, cancellationToken);
        var row = await db.UnmatchedAttendees.SingleOrDefaultAsync(u => u.Id == settle.UnmatchedId && u.SessionId == session.Id, cancellationToken);
        if (row is null)
        {
            return new Settled(AttendanceChange.NotFound, null, null, [], $"Session {session.Number} has no attendance report row with this id.");
        }

        if (await WhyClosedAsync(session.Id, cancellationToken) is { } closed)
        {
            return new Settled(AttendanceChange.Closed, null, null, [], closed);
        }

        if (row.ResolvedAt is not null)
        {
            return new Settled(AttendanceChange.Unchanged, row, null, []);
        }

        var now = clock.GetUtcNow();
        string? memberName = null;
        switch (how)
        {
            case Resolution.Member:
                if (await ActiveMemberAsync(session.CommunityId, settle.PersonId, settle.Email, problems, cancellationToken) is not { } member)
                {
                    return new Settled(AttendanceChange.Invalid, null, null, problems);
                }

                memberName = MemberNames.AsTheyChose(member);
                await MemberMatcher.RememberAsync(db, session.CommunityId, row.Name, row.Email, member.PersonId, now, cancellationToken);
                if (!await db.Attendance.AnyAsync(a => a.SessionId == session.Id && a.PersonId == member.PersonId, cancellationToken))
                {
                    db.Attendance.Add(new Attendee
                    {
                        SessionId = session.Id,
                        PersonId = member.PersonId,
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
        return new Settled(AttendanceChange.Done, row, memberName, []);
    }

    // Undoes a match made as a facilitator chose before: this session's imported attendance for
    // that member is taken off, the row is listed again to resolve, and the next report asks.
    public async Task<Forgotten> ForgetAsync(Session session, Guid rememberedId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await LockAsync(session.Id, cancellationToken);
        if (await WhyClosedAsync(session.Id, cancellationToken) is { } closed)
        {
            return new Forgotten(AttendanceChange.Closed, null, closed);
        }

        var remembered = await db.RememberedMatches.SingleOrDefaultAsync(r => r.Id == rememberedId && r.CommunityId == session.CommunityId, cancellationToken);
        if (remembered is null)
        {
            // Forgotten already (a second click), or never this community's.
            return new Forgotten(AttendanceChange.NotFound, null, "That match is not remembered: it may have been undone already.");
        }

        db.RememberedMatches.Remove(remembered);
        await db.Attendance
            .Where(a => a.SessionId == session.Id && a.PersonId == remembered.PersonId && a.Source == AttendanceSource.Imported)
            .ExecuteDeleteAsync(cancellationToken);
        var rows = await db.UnmatchedAttendees.Where(u => u.SessionId == session.Id).ToListAsync(cancellationToken);
        if (rows.FirstOrDefault(u => UnmatchedKey(u.Name, u.Email) == remembered.Key) is { } listed)
        {
            listed.Resolution = null;
            listed.ResolvedAt = null;
        }
        else
        {
            db.UnmatchedAttendees.Add(new UnmatchedAttendee
            {
                SessionId = session.Id,
                Name = remembered.Name,
                Email = remembered.Email,
                ImportedAt = clock.GetUtcNow(),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Forgotten(AttendanceChange.Done, remembered.Name);
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

    // Holding the lock: why the session, as it is now rather than as the page loaded it, takes no
    // attendance; null when it does.
    private async Task<string?> WhyClosedAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var current = await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == sessionId, cancellationToken);
        return AttendanceTaking.WhyClosed(current, UkTimeZone.Today(clock));
    }

    // A member is named by their id or by their email address: one of the two.
    private static bool Names(Problems problems, Guid? personId, string? email, string whenNone)
    {
        var byEmail = !string.IsNullOrWhiteSpace(email);
        if (personId is null && !byEmail)
        {
            problems.Add(nameof(WalkIn.PersonId), whenNone);
            return false;
        }

        if (personId is not null && byEmail)
        {
            problems.Add(nameof(WalkIn.Email), "Send the email address or the personId of the member this is, not both");
            return false;
        }

        return true;
    }

    // The active member named, with how they chose to be named; null with the problem noted.
    private async Task<Membership?> ActiveMemberAsync(
        Guid communityId, Guid? personId, string? email, Problems problems, CancellationToken cancellationToken)
    {
        if (personId is { } id)
        {
            var member = await db.Memberships.AsNoTracking().Include(m => m.Person)
                .SingleOrDefaultAsync(m => m.CommunityId == communityId && m.PersonId == id && m.LeftAt == null, cancellationToken);
            if (member is null)
            {
                problems.Add(nameof(WalkIn.PersonId), NotAMember);
            }

            return member;
        }

        var wanted = EmailAddress.Normalise(email!);
        var byEmail = (await ActiveMembersAsync(communityId, cancellationToken))
            .FirstOrDefault(m => m.Person.Email is { } theirs && EmailAddress.Normalise(theirs) == wanted);
        if (byEmail is null)
        {
            problems.Add(nameof(WalkIn.Email), NoSuchEmail);
        }

        return byEmail;
    }

    private Task<List<Membership>> ActiveMembersAsync(Guid communityId, CancellationToken cancellationToken) =>
        MemberMatcher.ActiveMembersAsync(db, communityId, cancellationToken);

    private Task<List<Guid>> ActiveIdsAsync(Guid communityId, CancellationToken cancellationToken) =>
        db.Memberships.Where(m => m.CommunityId == communityId && m.LeftAt == null).Select(m => m.PersonId).ToListAsync(cancellationToken);

    private async Task<bool> GuestListedAsync(Guid sessionId, string name, CancellationToken cancellationToken)
    {
        var guests = await db.Attendance.Where(a => a.SessionId == sessionId && a.GuestName != null).Select(a => a.GuestName!).ToListAsync(cancellationToken);
        return guests.Any(g => string.Equals(MemberMatcher.NameKey(g), MemberMatcher.NameKey(name), StringComparison.Ordinal));
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
    private static string UnmatchedKey(string name, string? email) => MemberMatcher.Key(name, email);
}
