using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Tests.Data;

public sealed class KeptReadsTests : IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private readonly DatabaseWrites writes = new();
    private readonly RoundtableDb db;
    private readonly KeptReads kept;
    private int reads;

    public KeptReadsTests()
    {
        connection.Open();
        db = new RoundtableDb(new DbContextOptionsBuilder<RoundtableDb>()
            .UseRoundtableDatabase(DatabaseProvider.Sqlite, null)
            .AddInterceptors(writes).Options);
        db.Database.SetDbConnection(connection);
        db.Database.EnsureCreated();
        kept = new KeptReads(writes, clock);
    }

    public void Dispose()
    {
        db.Dispose();
        connection.Dispose();
    }

    [Fact]
    public async Task Get_Again_WithinItsLifetime_DoesNotReadAgain()
    {
        var first = await kept.GetAsync("key", CountedReadAsync);
        clock.Advance(KeptReads.Lifetime - TimeSpan.FromMilliseconds(1));

        var second = await kept.GetAsync("key", CountedReadAsync);

        Assert.Equal(1, reads);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Get_AfterItsLifetime_ReadsAgain()
    {
        await kept.GetAsync("key", CountedReadAsync);
        clock.Advance(KeptReads.Lifetime);

        Assert.Equal(2, await kept.GetAsync("key", CountedReadAsync));
    }

    [Fact]
    public async Task Get_ForAnotherKey_ReadsItsOwn()
    {
        await kept.GetAsync("one", CountedReadAsync);

        Assert.Equal(2, await kept.GetAsync("two", CountedReadAsync));
    }

    [Fact]
    public async Task Get_AfterAnyWrite_ReadsAgain()
    {
        await kept.GetAsync("key", CountedReadAsync);

        db.Outbox.Add(new OutboxMessage { To = "a@example.org", Subject = "Hello", Body = "Hi", CreatedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync();

        Assert.Equal(2, await kept.GetAsync("key", CountedReadAsync));
    }

    [Fact]
    public async Task Get_AfterAnExecuteDelete_ReadsAgain()
    {
        await kept.GetAsync("key", CountedReadAsync);

        await db.Outbox.Where(m => m.To == "nobody@example.org").ExecuteDeleteAsync();

        Assert.Equal(2, await kept.GetAsync("key", CountedReadAsync));
    }

    [Fact]
    public async Task Get_AfterOnlyReading_KeepsWhatWasRead()
    {
        await kept.GetAsync("key", CountedReadAsync);

        await db.Outbox.CountAsync();

        Assert.Equal(1, await kept.GetAsync("key", CountedReadAsync));
    }

    [Fact]
    public async Task Get_ReadBetweenAWriteAndItsCommit_IsNotTrustedAfterTheCommit()
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Outbox.Where(m => m.To == "nobody@example.org").ExecuteDeleteAsync();
        await kept.GetAsync("key", CountedReadAsync);

        await transaction.CommitAsync();

        Assert.Equal(2, await kept.GetAsync("key", CountedReadAsync));
    }

    [Fact]
    public async Task Get_WhenAWriteHappensWhileReading_IsNotTrustedAfterIt()
    {
        await kept.GetAsync("key", async read =>
        {
            await db.Outbox.Where(m => m.To == "nobody@example.org").ExecuteDeleteAsync(read);
            return ++reads;
        });

        Assert.Equal(2, await kept.GetAsync("key", CountedReadAsync));
    }

    private Task<int> CountedReadAsync(CancellationToken _) => Task.FromResult(++reads);
}
