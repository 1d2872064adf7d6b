using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Communities;

// Tells this server's ListedCommunities to forget its list once a save that changed a community
// has landed (not before: a read in between would cache what is about to change). Registered with
// the DbContext by the app, so the context itself knows nothing of the cache.
public sealed class ListedCommunitiesSaves(ListedCommunities listed) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> changing = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ForgetIfNoted(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ForgetIfNoted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => ForgetIfNoted(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetIfNoted(eventData.Context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries<Community>().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            changing.AddOrUpdate(context, this);
        }
    }

    private void ForgetIfNoted(DbContext? context)
    {
        if (context is not null && changing.Remove(context))
        {
            listed.Forget();
        }
    }
}
