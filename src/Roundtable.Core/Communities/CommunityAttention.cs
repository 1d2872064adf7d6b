using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Charter;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.YouSaidWeDid;

namespace Roundtable.Core.Communities;

// What is waiting for a community's co-leads: shown on the community page so nothing slips.
public sealed record CommunityAttention(int OverdueToBeConfirmed, int PendingRequests, int OpenSuggestions, int OwnersWhoLeft = 0)
{
    public bool Any => OverdueToBeConfirmed + PendingRequests + OpenSuggestions + OwnersWhoLeft > 0;

    public static async Task<CommunityAttention> ForAsync(RoundtableDb db, Guid communityId, DateOnly today, CancellationToken cancellationToken = default) =>
        new(
            await new ToBeConfirmedQueries(db).OverdueCountAsync(communityId, today, cancellationToken),
            await db.JoinRequests.CountAsync(r => r.CommunityId == communityId && r.Status == RequestStatus.Pending, cancellationToken),
            await db.CharterSuggestions.CountAsync(s => s.CommunityId == communityId && s.Status == SuggestionStatus.Open, cancellationToken),
            await new AskLedger(db).OwnersWhoLeftCountAsync(communityId, cancellationToken));
}
