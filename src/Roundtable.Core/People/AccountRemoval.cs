using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.SignIn;

namespace Roundtable.Core.People;

// Removing someone from the site ends every session they have at once, revokes their API tokens
// and stops them signing in again. What they contributed stays, named as they chose.
public sealed class AccountRemoval(RoundtableDb db, Accounts accounts, SignedInSessions sessions, TimeProvider clock)
{
    // Null when nobody has an account with that address. Removing someone twice changes nothing.
    public async Task<Person?> RemoveAsync(string email, CancellationToken cancellationToken = default)
    {
        if (await accounts.FindAsync(email) is not { } person)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        if (person.RemovedAt is null)
        {
            person.RemovedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        await sessions.EndAllAsync(person.Id, cancellationToken);
        await db.ApiTokens
            .Where(t => t.PersonId == person.Id && t.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), cancellationToken);
        return person;
    }
}
