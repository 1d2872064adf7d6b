using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Security;

namespace Roundtable.Core.Calendar;

// The secret link a person gives their calendar app, which cannot sign in. Only its hash is kept,
// so it can be shown once and never again; a person has one at a time, and making a new one stops
// the old. Both are safe to repeat: a second click finds the work already done.
public sealed class CalendarFeeds(RoundtableDb db, TimeProvider clock)
{
    public const string TokenPrefix = "cal_";

    public enum Made
    {
        Made = 0,

        // This token was made into their link by an earlier click.
        AlreadyMade = 1,

        // This token was their link once and has been stopped since: the form was an old one.
        Stopped = 2,
    }

    public static string NewToken() => SecretToken.Create(TokenPrefix);

    public static bool LooksLikeToken(string token) =>
        token.StartsWith(TokenPrefix, StringComparison.Ordinal) && token.Length == TokenPrefix.Length + 43;

    public Task<CalendarFeed?> CurrentAsync(Guid personId, CancellationToken cancellationToken = default) =>
        db.CalendarFeeds.AsNoTracking()
            .Where(f => f.PersonId == personId && f.RevokedAt == null)
            .OrderByDescending(f => f.Id)
            .FirstOrDefaultAsync(cancellationToken);

    // token: made when the form was shown (the form carries it sealed), so a second click on the
    // same form finds the link the first one made, and can show it again.
    public async Task<Made> MakeAsync(Guid personId, string token, CancellationToken cancellationToken = default)
    {
        if (!LooksLikeToken(token))
        {
            throw new ArgumentException("Not a calendar token.", nameof(token));
        }

        var hash = SecretToken.Hash(token);
        if (await OutcomeOfEarlierAsync(personId, hash, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await StopAllAsync(personId, now, cancellationToken);
        db.CalendarFeeds.Add(new CalendarFeed { PersonId = personId, TokenHash = hash, CreatedAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return Made.Made;
        }
        catch (DbUpdateException)
        {
            // Two clicks at the same moment: the other one made it.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return await OutcomeOfEarlierAsync(personId, hash, cancellationToken) ?? throw new InvalidOperationException("The calendar link could not be saved.");
        }
    }

    public Task<int> StopAsync(Guid personId, CancellationToken cancellationToken = default) =>
        StopAllAsync(personId, clock.GetUtcNow(), cancellationToken);

    // Whose calendar a link opens: nobody's once it has been stopped.
    public async Task<Guid?> FindPersonAsync(string token, CancellationToken cancellationToken = default)
    {
        if (!LooksLikeToken(token))
        {
            return null;
        }

        var hash = SecretToken.Hash(token);
        return await db.CalendarFeeds
            .Where(f => f.TokenHash == hash && f.RevokedAt == null)
            .Select(f => (Guid?)f.PersonId)
            .SingleOrDefaultAsync(cancellationToken);
    }

    private async Task<Made?> OutcomeOfEarlierAsync(Guid personId, string hash, CancellationToken cancellationToken)
    {
        var earlier = await db.CalendarFeeds.AsNoTracking()
            .Where(f => f.TokenHash == hash)
            .Select(f => new { f.PersonId, f.RevokedAt })
            .SingleOrDefaultAsync(cancellationToken);
        return earlier switch
        {
            null => null,
            { RevokedAt: null } when earlier.PersonId == personId => Made.AlreadyMade,
            _ => Made.Stopped,
        };
    }

    private Task<int> StopAllAsync(Guid personId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.CalendarFeeds
            .Where(f => f.PersonId == personId && f.RevokedAt == null)
            .ExecuteUpdateAsync(f => f.SetProperty(x => x.RevokedAt, now), cancellationToken);
}
