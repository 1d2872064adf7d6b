using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Security;

namespace Roundtable.Core.SignIn;

public sealed record StartedSession(string Key, bool StaySignedIn, DateTimeOffset ExpiresAt);

public enum SessionCheck
{
    Ended,
    Current,

    // Current, and its expiry moved on: the browser's cookie should move on with it.
    Extended,
}

// Each sign-in is a row here, and a browser is signed in only while its row is: so ending a
// session takes effect on the next request, wherever the cookie has been copied to.
public sealed class SignedInSessions(RoundtableDb db, TimeProvider clock, IOptions<SignInLinkOptions> options)
{
    // A session in use is moved on at most this often, so a busy page costs a read, not a write.
    private static readonly TimeSpan ExtendEvery = TimeSpan.FromMinutes(5);

    // Compiled once: every signed-in request asks it.
    private static readonly Func<RoundtableDb, string, CancellationToken, Task<Checked?>> SessionByKeyHash =
        EF.CompileAsyncQuery((RoundtableDb db, string hash, CancellationToken _) =>
            db.SignedInSessions.Where(s => s.KeyHash == hash).Select(s => new Checked(s.Id, s.PersonId, s.StaySignedIn, s.ExpiresAt)).SingleOrDefault());

    private sealed record Checked(Guid Id, Guid PersonId, bool StaySignedIn, DateTimeOffset ExpiresAt);

    // Someone removed from the site starts no session, whatever link they hold.
    public async Task<StartedSession?> StartAsync(Person person, bool staySignedIn, CancellationToken cancellationToken = default)
    {
        if (person.RemovedAt is not null)
        {
            return null;
        }

        var personId = person.Id;
        var now = clock.GetUtcNow();
        // Their sessions that ran out are no use to anyone; sweep them while we are here.
        await db.SignedInSessions.Where(s => s.PersonId == personId && s.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);

        var key = SecretToken.Create();
        var session = new SignedInSession
        {
            PersonId = personId,
            KeyHash = SecretToken.Hash(key),
            StaySignedIn = staySignedIn,
            StartedAt = now,
            ExpiresAt = now + LifetimeOf(staySignedIn),
        };
        db.SignedInSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return new StartedSession(key, staySignedIn, session.ExpiresAt);
    }

    // One indexed read per request; a write only when the session is moved on.
    public async Task<SessionCheck> CheckAsync(string? key, Guid personId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(key))
        {
            return SessionCheck.Ended;
        }

        var session = await SessionByKeyHash(db, SecretToken.Hash(key), cancellationToken);
        var now = clock.GetUtcNow();
        if (session is null || session.PersonId != personId || session.ExpiresAt <= now)
        {
            return SessionCheck.Ended;
        }

        var lifetime = LifetimeOf(session.StaySignedIn);
        var lastExtended = session.ExpiresAt - lifetime;
        if (now - lastExtended < ExtendEvery)
        {
            return SessionCheck.Current;
        }

        // Ending it at the same moment wins: nothing is extended once its row is gone.
        var extended = await db.SignedInSessions
            .Where(s => s.Id == session.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.ExpiresAt, now + lifetime), cancellationToken);
        return extended == 1 ? SessionCheck.Extended : SessionCheck.Ended;
    }

    public async Task EndAsync(string? key, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(key))
        {
            return;
        }

        var hash = SecretToken.Hash(key);
        await db.SignedInSessions.Where(s => s.KeyHash == hash).ExecuteDeleteAsync(cancellationToken);
    }

    // Every device the person is signed in on, this one included.
    public Task<int> EndAllAsync(Guid personId, CancellationToken cancellationToken = default) =>
        db.SignedInSessions.Where(s => s.PersonId == personId).ExecuteDeleteAsync(cancellationToken);

    public TimeSpan LifetimeOf(bool staySignedIn) =>
        staySignedIn ? options.Value.StaySignedInLifetime : options.Value.SessionLifetime;
}
