using Roundtable.Core.Data;

namespace Roundtable.Core.Communities;

// The list of communities anyone may see, as the home page shows it to people not signed in:
// most visits, and a list that rarely changes, so it is kept (see KeptReads).
public sealed class ListedCommunities(KeptReads kept)
{
    private static readonly object Key = new();

    public Task<IReadOnlyList<CommunitySummary>> GetAsync(RoundtableDb db, CancellationToken cancellationToken = default) =>
        kept.GetAsync<IReadOnlyList<CommunitySummary>>(Key, async read => await CommunitySummaries.Listed(db).ToListAsync(read), cancellationToken);
}
