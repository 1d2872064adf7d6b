using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Roundtable.Web.Hosting;

// Forgets every page AnonymousPages kept once anything is written: after the command, and again
// when its transaction commits (a page read between the two would show what is about to change).
// Watching commands rather than saves catches ExecuteUpdate and ExecuteDelete too, which several
// use cases write with. A live room writes many times a second; the pages are cheap to render again.
public sealed partial class AnonymousPagesWrites(IOutputCacheStore store) : IDbCommandInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbTransaction, object> writing = [];

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Written(command);
        return result;
    }

    public async ValueTask<int> NonQueryExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await WrittenAsync(command, cancellationToken);
        return result;
    }

    // SaveChanges inserts with RETURNING, through a reader.
    public DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Written(command);
        return result;
    }

    public async ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        await WrittenAsync(command, cancellationToken);
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (writing.Remove(transaction))
        {
            ForgetNow();
        }
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (writing.Remove(transaction))
        {
            await store.EvictByTagAsync(AnonymousPages.Tag, cancellationToken);
        }
    }

    private void Written(DbCommand command)
    {
        if (Writes(command))
        {
            ForgetNow();
        }
    }

    private async ValueTask WrittenAsync(DbCommand command, CancellationToken cancellationToken)
    {
        if (Writes(command))
        {
            await store.EvictByTagAsync(AnonymousPages.Tag, cancellationToken);
        }
    }

    private bool Writes(DbCommand command)
    {
        if (!Write().IsMatch(command.CommandText))
        {
            return false;
        }

        if (command.Transaction is { } transaction)
        {
            writing.AddOrUpdate(transaction, this);
        }

        return true;
    }

    // The in-memory store forgets at once: nothing here waits on I/O.
    private void ForgetNow() => store.EvictByTagAsync(AnonymousPages.Tag, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    [GeneratedRegex(@"^\s*(INSERT|UPDATE|DELETE|REPLACE|MERGE)\b", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Write();
}
