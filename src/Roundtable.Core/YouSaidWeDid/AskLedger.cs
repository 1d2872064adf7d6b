using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Themes;

namespace Roundtable.Core.YouSaidWeDid;

// One request as a reader may see it: who asked, only as they consented; who owns it, as they
// chose to be named; and whether its owner has left (it stays, flagged to the co-leads).
public sealed record AskLine(Ask Ask, Attribution AskedBy, string? Owner, bool OwnerHasLeft)
{
    public AskChange Latest => Ask.Changes.OrderBy(c => c.Decision.At).ThenBy(c => c.Id).Last();
}

// Reading the community's "you said, we did" ledger and one request with its history.
public sealed class AskLedger(RoundtableDb db)
{
    // viewer: the reader's membership, or null for someone on the public board.
    public async Task<IReadOnlyList<AskLine>> ReadAsync(Guid communityId, Membership? viewer, AskStatus? status = null, CancellationToken cancellationToken = default)
    {
        var asks = await db.Asks.AsNoTracking()
            .Include(a => a.Changes)
            .Include(a => a.OwnerMembership).ThenInclude(m => m!.Person)
            .Include(a => a.OwnerSubGroup)
            .Where(a => a.CommunityId == communityId && (status == null || a.Status == status))
            .OrderByDescending(a => a.CreatedAt)
            .ToListAsync(cancellationToken);
        return await LinesAsync(communityId, asks.Where(a => AskRules.CanSee(a, viewer)).ToList(), viewer is null, cancellationToken);
    }

    public async Task<AskLine?> FindAsync(Guid communityId, Guid askId, Membership? viewer, CancellationToken cancellationToken = default)
    {
        var ask = await db.Asks.AsNoTracking()
            .Include(a => a.Changes)
            .Include(a => a.OwnerMembership).ThenInclude(m => m!.Person)
            .Include(a => a.OwnerSubGroup)
            .SingleOrDefaultAsync(a => a.Id == askId && a.CommunityId == communityId, cancellationToken);
        return ask is not null && AskRules.CanSee(ask, viewer) ? (await LinesAsync(communityId, [ask], viewer is null, cancellationToken))[0] : null;
    }

    // Requests still being worked on whose owner has left the community.
    public Task<int> OwnersWhoLeftCountAsync(Guid communityId, CancellationToken cancellationToken = default) =>
        db.Asks.CountAsync(
            a => a.CommunityId == communityId && (a.Status == AskStatus.Open || a.Status == AskStatus.InProgress)
                 && a.OwnerMembership != null && a.OwnerMembership.LeftAt != null,
            cancellationToken);

    // The names of the people who made each change, as they chose to be named in the community.
    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(Guid communityId, IEnumerable<Guid> personIds, CancellationToken cancellationToken = default)
    {
        var ids = personIds.Distinct().ToList();
        var members = await db.Memberships.AsNoTracking().Include(m => m.Person)
            .Where(m => m.CommunityId == communityId && ids.Contains(m.PersonId))
            .ToListAsync(cancellationToken);
        return members.ToDictionary(m => m.PersonId, MemberNames.AsTheyChose);
    }

    // Outside the community (publicly: nobody signed in as a member), a person is named only as
    // they consented to be quoted; inside it, as they chose to be named.
    private static string OwnerName(Membership owner, bool publicly) =>
        !publicly ? MemberNames.AsTheyChose(owner)
        : QuoteAttribution.For(owner.QuoteConsent, owner.Naming, owner.Person.DisplayName, owner.JobRole, owner.Organisation).Text ?? "A member of the community";

    private async Task<IReadOnlyList<AskLine>> LinesAsync(Guid communityId, List<Ask> asks, bool publicly, CancellationToken cancellationToken)
    {
        var askerIds = asks.Where(a => a.AskerId is not null).Select(a => a.AskerId!.Value).Distinct().ToList();
        var askers = await db.Memberships.AsNoTracking().Include(m => m.Person)
            .Where(m => m.CommunityId == communityId && askerIds.Contains(m.PersonId))
            .ToDictionaryAsync(m => m.PersonId, cancellationToken);
        return asks.Select(a => new AskLine(
                a,
                a.AskerId is { } asker && askers.TryGetValue(asker, out var m)
                    ? QuoteAttribution.For(m.QuoteConsent, m.Naming, m.Person.DisplayName, m.JobRole, m.Organisation)
                    : Attribution.None,
                a.OwnerSubGroup?.Name ?? (a.OwnerMembership is { } owner ? OwnerName(owner, publicly) : null),
                a.OwnerMembership is { LeftAt: not null }))
            .ToList();
    }
}
