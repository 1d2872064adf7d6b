using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Charter;

// The charter's open questions: what is still to be confirmed, and what is past its date.
// "today" is the date in the UK, which the caller knows how to work out.
public sealed class ToBeConfirmedQueries(RoundtableDb db)
{
    public Task<int> OverdueCountAsync(Guid communityId, DateOnly today, CancellationToken cancellationToken = default) =>
        Overdue(communityId, today).CountAsync(cancellationToken);

    public Task<List<ToBeConfirmed>> OverdueAsync(Guid communityId, DateOnly today, CancellationToken cancellationToken = default) =>
        Overdue(communityId, today).OrderBy(t => t.DueOn).ThenBy(t => t.CreatedAt).ToListAsync(cancellationToken);

    public Task<List<ToBeConfirmed>> OpenAsync(Guid communityId, CancellationToken cancellationToken = default) =>
        db.ToBeConfirmed.AsNoTracking()
            .Where(t => t.CommunityId == communityId && t.ConfirmedAt == null)
            .OrderBy(t => t.DueOn).ThenBy(t => t.CreatedAt)
            .ToListAsync(cancellationToken);

    private IQueryable<ToBeConfirmed> Overdue(Guid communityId, DateOnly today) =>
        db.ToBeConfirmed.AsNoTracking().Where(t => t.CommunityId == communityId && t.ConfirmedAt == null && t.DueOn < today);
}
