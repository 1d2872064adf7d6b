using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Roundtable.Core.Data;

// Counts the writes this process makes to the database, so that anything read before a write is
// not trusted after it (KeptReads, and the pages kept for visitors). Counted after each writing
// command, and again when its transaction commits: something read between the two would show
// what is about to change. Watching commands rather than saves catches ExecuteUpdate and
// ExecuteDelete too, which several use cases write with.
public sealed partial class DatabaseWrites : IDbCommandInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbTransaction, object> writing = [];
    private long count;
    private TaskCompletionSource written = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long Count => Interlocked.Read(ref count);

    // Completes at the next write, for work that waits for something new to be written.
    public Task NextWrite => Volatile.Read(ref written).Task;

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Executed(command);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Executed(command);
        return ValueTask.FromResult(result);
    }

    // SaveChanges inserts with RETURNING, through a reader.
    public DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Executed(command);
        return result;
    }

    public ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Executed(command);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(transaction);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(transaction);
        return Task.CompletedTask;
    }

    private void Executed(DbCommand command)
    {
        if (!Write().IsMatch(command.CommandText))
        {
            return;
        }

        if (command.Transaction is { } transaction)
        {
            writing.AddOrUpdate(transaction, this);
        }

        Counted();
    }

    private void Committed(DbTransaction transaction)
    {
        if (writing.Remove(transaction))
        {
            Counted();
        }
    }

    private void Counted()
    {
        Interlocked.Increment(ref count);
        Interlocked.Exchange(ref written, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    [GeneratedRegex(@"^\s*(INSERT|UPDATE|DELETE|REPLACE|MERGE)\b", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Write();
}
