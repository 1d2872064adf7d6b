using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.People;

namespace Roundtable.Core.Charter;

// The people the charter credits (authors of versions, members who suggested changes), each
// as they chose to be named while they belong to the community, and no longer named after.
public sealed class CharterPeople(RoundtableDb db)
{
    public const string FormerMember = "a former member";

    public async Task<Names> NamesAsync(Guid communityId, IEnumerable<Guid?> personIds, CancellationToken cancellationToken = default)
    {
        var ids = personIds.OfType<Guid>().Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Names(new Dictionary<Guid, string>());
        }

        var members = await db.Memberships.AsNoTracking()
            .Where(m => m.CommunityId == communityId && m.LeftAt == null && ids.Contains(m.PersonId))
            .Include(m => m.Person)
            .ToListAsync(cancellationToken);
        return new Names(members.ToDictionary(m => m.PersonId, MemberNames.AsTheyChose));
    }

    public sealed class Names(IReadOnlyDictionary<Guid, string> named)
    {
        public string Of(Guid? personId) =>
            personId is { } id && named.TryGetValue(id, out var name) ? name : FormerMember;
    }
}
