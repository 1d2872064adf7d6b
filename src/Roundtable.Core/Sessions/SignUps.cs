using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;

namespace Roundtable.Core.Sessions;

// Places at a session: signing up (with what someone needs for this one), a waiting list when
// the session is full, served in the order people joined it, and cancelling at any time. When a
// booked place comes free the first person waiting is booked at once; the caller tells them.
// Changes happen one at a time per session, so two cancellations at once never book more
// people than there are places, and signing up twice is one sign-up.
public sealed class SignUps(RoundtableDb db, TimeProvider clock)
{
    public enum Outcome
    {
        Booked,
        Waiting,

        // The session is cancelled or has ended: nothing changed.
        Closed,
    }

    // Where someone stands after signing up. PlaceInQueue is 1 for the first person waiting.
    // WasAlready: they had signed up before and only their access needs were saved.
    public sealed record Result(Outcome Outcome, int? PlaceInQueue, bool WasAlready, IReadOnlyList<SignUp> Promoted);

    public sealed record Cancelled(bool WasBooked, bool Changed, IReadOnlyList<SignUp> Promoted);

    // Booked and waiting people in the order they are served, for the facilitators' lists.
    public sealed record Lists(IReadOnlyList<SignUp> Booked, IReadOnlyList<SignUp> Waiting, int? PlacesLeft);

    public static bool IsOpen(Session session, DateTimeOffset now) =>
        session.Kind == SessionKind.Session && !session.IsCancelled && now < session.EndsAt;

    public static bool HasRoom(int? capacity, int booked) => capacity is not { } places || booked < places;

    public Task<SignUp?> FindAsync(Guid sessionId, Guid personId, CancellationToken cancellationToken = default) =>
        db.SignUps.AsNoTracking().SingleOrDefaultAsync(s => s.SessionId == sessionId && s.PersonId == personId, cancellationToken);

    public async Task<Result> SignUpAsync(
        Session session, Guid personId, AccessNeeds needs, string? otherNeeds, CancellationToken cancellationToken = default)
    {
        await using var transaction = await AttendanceRecords.LockAsync(db, session.Id, cancellationToken);
        var current = await CurrentAsync(session.Id, cancellationToken);
        var now = clock.GetUtcNow();
        if (!IsOpen(current, now))
        {
            return new Result(Outcome.Closed, null, false, []);
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

        signUp.AccessNeeds = needs;
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
        var place = signUp.Status == SignUpStatus.Waiting ? await PlaceInQueueAsync(signUp, cancellationToken) : (int?)null;
        return new Result(signUp.Status == SignUpStatus.Booked ? Outcome.Booked : Outcome.Waiting, place, wasAlready, promoted);
    }

    // Gives up a place or a place in the queue. A booked place that comes free goes to the first
    // person waiting, if the session is still to happen.
    public async Task<Cancelled> CancelAsync(Session session, Guid personId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await AttendanceRecords.LockAsync(db, session.Id, cancellationToken);
        var signUp = await db.SignUps.SingleOrDefaultAsync(s => s.SessionId == session.Id && s.PersonId == personId, cancellationToken);
        if (signUp is not { Status: SignUpStatus.Booked or SignUpStatus.Waiting })
        {
            return new Cancelled(false, false, []);
        }

        var now = clock.GetUtcNow();
        var wasBooked = signUp.Status == SignUpStatus.Booked;
        signUp.Status = SignUpStatus.Cancelled;
        signUp.CancelledAt = now;
        await db.SaveChangesAsync(cancellationToken);

        var current = await CurrentAsync(session.Id, cancellationToken);
        var promoted = IsOpen(current, now) ? await FillFreePlacesCoreAsync(current, now, cancellationToken) : [];
        await transaction.CommitAsync(cancellationToken);
        return new Cancelled(wasBooked, true, promoted);
    }

    // Books people from the waiting list into any free places, first come first served: after a
    // cancellation, or when a session's capacity is raised. Returns who was booked, to tell them.
    public async Task<IReadOnlyList<SignUp>> FillFreePlacesAsync(Guid sessionId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await AttendanceRecords.LockAsync(db, sessionId, cancellationToken);
        var current = await CurrentAsync(sessionId, cancellationToken);
        var now = clock.GetUtcNow();
        var promoted = IsOpen(current, now) ? await FillFreePlacesCoreAsync(current, now, cancellationToken) : [];
        await transaction.CommitAsync(cancellationToken);
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

    private static IOrderedEnumerable<SignUp> InQueueOrder(IEnumerable<SignUp> waiting) =>
        waiting.OrderBy(s => s.WaitingSince).ThenBy(s => s.SignedUpAt).ThenBy(s => s.Id);

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
