using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Security;

public sealed class ApiTokens(RoundtableDb db, TimeProvider clock)
{
    public const string TokenPrefix = "rt_";

    // Returns the token itself: it is shown once and never stored.
    public async Task<string> CreateAsync(Person person, string name, CancellationToken cancellationToken = default)
    {
        var token = SecretToken.Create(TokenPrefix);
        db.ApiTokens.Add(new ApiToken
        {
            PersonId = person.Id,
            Name = name.Length > ApiToken.NameMaxLength ? name[..ApiToken.NameMaxLength] : name,
            TokenHash = SecretToken.Hash(token),
            Prefix = token[..10],
            CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    public async Task<Person?> FindPersonAsync(string token, CancellationToken cancellationToken = default)
    {
        if (!token.StartsWith(TokenPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var hash = SecretToken.Hash(token);
        return await db.ApiTokens
            .Where(t => t.TokenHash == hash && t.RevokedAt == null)
            .Select(t => t.Person)
            .SingleOrDefaultAsync(cancellationToken);
    }
}
