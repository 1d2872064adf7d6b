using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Attendance;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Sessions;

namespace Roundtable.Core.SignUps;

// Places at a session: signing up (with what someone needs for this one), a waiting list when
// the session is full, served in the order people joined it, and cancelling at any time until it
// ends. When a booked place comes free the first person waiting is booked at once and emailed.
// Changes happen one at a time per session, so two cancellations at once never book more
// people than there are places, and signing up twice is one sign-up.
public sealed class SigningUp(RoundtableDb db, TimeProvider clock, SessionEmails emails)
{
    public enum Outcome
    {
        Booked,
        Waiting,

        // The session is cancelled or has ended: nothing changed (Refusal says which).
        Closed,

        // What they sent has Problems: nothing changed.
        Invalid,
    }

    // What someone needs to take part in this session.
    public sealed record Request(AccessNeeds AccessNeeds, string? OtherAccessNeeds)
    {
        // Anything else they need, trimmed (null when blank), or null with the problem noted.
        public string? OtherNeeds(Problems problems) =>
            problems.Optional(nameof(OtherAccessNeeds), OtherAccessNeeds, "Anything else that would help", Membership.OtherAccessNeedsMaxLength);
    }

    // Where someone stands after signing up. PlaceInQueue is 1 for the first person waiting.
    // WasAlready: they had signed up before and only their access needs were saved.
    // Promoted: the people booked from the waiting list by this change (emailed, but for them).
    public sealed record Result(Outcome Outcome, int? PlaceInQueue, bool WasAlready, IReadOnlyList<SignUp> Promoted, IReadOnlyList<Problem> Problems, string? Refusal = null)
    {
        public bool BookedFromQueue(Guid personId) => Promoted.Any(p => p.PersonId == personId);
    }

    // Closed: the session is cancelled or has ended, and nothing changed (Refusal says which).
    public sealed record Cancelled(bool WasBooked, bool Changed, IReadOnlyList<SignUp> Promoted, string? Refusal = null)
    {
        public bool Closed => Refusal is not null;
    }

    // Booked and waiting people in the order they are served, for the facilitators' lists.
    public sealed record Lists(IReadOnlyList<SignUp> Booked, IReadOnlyList<SignUp> Waiting, int? PlacesLeft);

    public static bool IsOpen(Session session, DateTimeOffset now) =>
        session.Kind == SessionKind.Session && !session.IsCancelled && now < session.EndsAt;

    public static bool HasRoom(int? capacity, int booked) => capacity is not { } places || booked < places;

    // The session with this number, for its places (sessions only: preparation meetings have no
    // sign-up or register); null when the community has none.
    public Task<Session?> FindSessionAsync(Guid communityId, int number, CancellationToken cancellationToken = default) =>
        FindSessionAsync(db, communityId, number, cancellationToken);

    // Compiled once: every member's session page asks it.
    private static readonly Func<RoundtableDb, Guid, Guid, CancellationToken, Task<SignUp?>> SignUpOf =
        EF.CompileAsyncQuery((RoundtableDb db, Guid sessionId, Guid personId, CancellationToken _) =>
            db.SignUps.AsNoTracking().SingleOrDefault(s => s.SessionId == sessionId && s.PersonId == personId));

    public Task<SignUp?> FindAsync(Guid sessionId, Guid personId, CancellationToken cancellationToken = default) =>
        SignUpOf(db, sessionId, personId, cancellationToken);

    // Why places at the session can no longer change; null while they can.
    public static string? WhyClosed(Session session, DateTimeOffset now) =>
        IsOpen(session, now) ? null
        : session.IsCancelled ? $"{SessionWords.Name(session)} is cancelled, so places can no longer change."
        : $"{SessionWords.Name(session)} has ended, so places can no longer change.";

    public async Task<Result> SignUpAsync(Session session, Guid personId, Request request, CancellationToken cancellationToken = default)
    {
        var problems = new Problems();
        var otherNeeds = request.OtherNeeds(problems);
        if (problems.Any)
        {
            return new Result(Outcome.Invalid, null, false, [], problems);
        }

        await using var transaction = await AttendanceRecords.LockAsync(db, session.Id, cancellationToken);
        var current = await CurrentAsync(session.Id, cancellationToken);
        var now = clock.GetUtcNow();
        if (WhyClosed(current, now) is { } closed)
        {
            return new Result(Outcome.Closed, null, false, [], [], closed);
        }

        // Anyone already waiting comes before someone new, should places have been added.
        var promoted = await FillFreePlacesCoreAsync(current, now, cancellationToken);
        var signUp = await db.SignUps.SingleOrDefaultAsync(s => s.SessionId == session.Id && s.PersonId == personId, cancellationToken);
        var wasAlready = signUp is { Status: SignUpStatus.Booked or SignUpStatus.Waiting };
        if (signUp is null)
        {
            signUp = new SignUp { SessionId = session.Id, PersonId = personId };
            db.SignUps.Add(signUp);
        }

        signUp.AccessNeeds = request.AccessNeeds;
        signUp.OtherAccessNeeds = otherNeeds;
        if (!wasAlready)
        {
            signUp.SignedUpAt = now;
            signUp.CancelledAt = null;
            var booked = await db.SignUps.CountAsync(s => s.SessionId == session.Id && s.Status == SignUpStatus.Booked, cancellationToken);
            if (HasRoom(current.Capacity, booked))
            {
                Book(signUp, now);
                signUp.WaitingSince = null;
            }
            else
            {
                signUp.Status = SignUpStatus.Waiting;
                signUp.WaitingSince = now;
                signUp.BookedAt = null;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await TellAsync(current, promoted, personId, cancellationToken);
        var place = signUp.Status == SignUpStatus.Waiting ? await PlaceInQueueAsync(signUp, cancellationToken) : (int?)null;
        return new Result(signUp.Status == SignUpStatus.Booked ? Outcome.Booked : Outcome.Waiting, place, wasAlready, promoted, []);
    }

    // Gives up a place or a place in the queue, while the session is still to end. A booked place
    // that comes free goes to the first person waiting.
    public async Task<Cancelled> CancelAsync(Session session, Guid personId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await AttendanceRecords.LockAsync(db, session.Id, cancellationToken);
        var current = await CurrentAsync(session.Id, cancellationToken);
        var now = clock.GetUtcNow();
        if (WhyClosed(current, now) is { } closed)
        {
            return new Cancelled(false, false, [], closed);
        }

        var signUp = await db.SignUps.SingleOrDefaultAsync(s => s.SessionId == session.Id && s.PersonId == personId, cancellationToken);
        if (signUp is not { Status: SignUpStatus.Booked or SignUpStatus.Waiting })
        {
            return new Cancelled(false, false, []);
        }

        var wasBooked = signUp.Status == SignUpStatus.Booked;
        signUp.Status = SignUpStatus.Cancelled;
        signUp.CancelledAt = now;
        await db.SaveChangesAsync(cancellationToken);

        var promoted = await FillFreePlacesCoreAsync(current, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await TellAsync(current, promoted, personId, cancellationToken);
        return new Cancelled(wasBooked, true, promoted);
    }

    // Books people from the waiting list into any free places, first come first served, and tells
    // them: when a session's capacity is raised. Returns who was booked.
    public async Task<IReadOnlyList<SignUp>> FillFreePlacesAsync(Guid sessionId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await AttendanceRecords.LockAsync(db, sessionId, cancellationToken);
        var current = await CurrentAsync(sessionId, cancellationToken);
        var now = clock.GetUtcNow();
        var promoted = IsOpen(current, now) ? await FillFreePlacesCoreAsync(current, now, cancellationToken) : [];
        await transaction.CommitAsync(cancellationToken);
        await TellAsync(current, promoted, null, cancellationToken);
        return promoted;
    }

    public async Task<int> PlaceInQueueAsync(SignUp signUp, CancellationToken cancellationToken = default)
    {
        var waiting = await db.SignUps.AsNoTracking()
            .Where(s => s.SessionId == signUp.SessionId && s.Status == SignUpStatus.Waiting)
            .ToListAsync(cancellationToken);
        return 1 + InQueueOrder(waiting).TakeWhile(s => s.Id != signUp.Id).Count();
    }

    public async Task<Lists> ListsAsync(Session session, CancellationToken cancellationToken = default)
    {
        var live = await db.SignUps.AsNoTracking()
            .Where(s => s.SessionId == session.Id && s.Status != SignUpStatus.Cancelled)
            .ToListAsync(cancellationToken);
        var booked = live.Where(s => s.Status == SignUpStatus.Booked).OrderBy(s => s.BookedAt).ThenBy(s => s.SignedUpAt).ToList();
        var waiting = InQueueOrder(live.Where(s => s.Status == SignUpStatus.Waiting)).ToList();
        return new Lists(booked, waiting, session.Capacity is { } places ? Math.Max(0, places - booked.Count) : null);
    }

    private async Task TellAsync(Session session, List<SignUp> promoted, Guid? except, CancellationToken cancellationToken)
    {
        if (promoted.Count > 0)
        {
            var community = await db.Communities.AsNoTracking().SingleAsync(c => c.Id == session.CommunityId, cancellationToken);
            await emails.PlacesFreeAsync(community, session, promoted, except, cancellationToken);
        }
    }

    private static IOrderedEnumerable<SignUp> InQueueOrder(IEnumerable<SignUp> waiting) =>
        waiting.OrderBy(s => s.WaitingSince).ThenBy(s => s.SignedUpAt).ThenBy(s => s.Id);

    internal static Task<Session?> FindSessionAsync(RoundtableDb db, Guid communityId, int number, CancellationToken cancellationToken) =>
        db.Sessions.AsNoTracking()
            .SingleOrDefaultAsync(s => s.CommunityId == communityId && s.Kind == SessionKind.Session && s.Number == number, cancellationToken);

    // Holding the lock: reads the session as it is now, not as the page loaded it.
    private Task<Session> CurrentAsync(Guid sessionId, CancellationToken cancellationToken) =>
        db.Sessions.AsNoTracking().SingleAsync(s => s.Id == sessionId, cancellationToken);

    private async Task<List<SignUp>> FillFreePlacesCoreAsync(Session session, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var promoted = new List<SignUp>();
        var booked = await db.SignUps.CountAsync(s => s.SessionId == session.Id && s.Status == SignUpStatus.Booked, cancellationToken);
        if (!HasRoom(session.Capacity, booked))
        {
            return promoted;
        }

        var waiting = InQueueOrder(await db.SignUps.Include(s => s.Person)
            .Where(s => s.SessionId == session.Id && s.Status == SignUpStatus.Waiting)
            .ToListAsync(cancellationToken));
        foreach (var next in waiting)
        {
            if (!HasRoom(session.Capacity, booked + promoted.Count))
            {
                break;
            }

            Book(next, now);
            promoted.Add(next);
        }

        await db.SaveChangesAsync(cancellationToken);
        return promoted;
    }

    private static void Book(SignUp signUp, DateTimeOffset now)
    {
        // WaitingSince stays, as a record of how long they waited.
        signUp.Status = SignUpStatus.Booked;
        signUp.BookedAt = now;
    }
}
