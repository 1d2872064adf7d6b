using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Tests.Communities;

public sealed class ListedCommunitiesTests : IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));
    private readonly DatabaseWrites writes = new();
    private readonly RoundtableDb db;

    public ListedCommunitiesTests()
    {
        connection.Open();
        db = new RoundtableDb(new DbContextOptionsBuilder<RoundtableDb>().UseRoundtableDatabase(DatabaseProvider.Sqlite, null).Options);
        db.Database.SetDbConnection(connection);
        db.Database.EnsureCreated();
    }

    public void Dispose()
    {
        db.Dispose();
        connection.Dispose();
    }

    [Fact]
    public async Task Get_ListsOnlyListedCommunitiesByName()
    {
        await AddAsync("Zebra Crossing CoP");
        await AddAsync("Apple Tree CoP");
        await AddAsync("Secret CoP", CommunityVisibility.InvitationOnly);

        var listed = await new ListedCommunities(new KeptReads(writes, clock)).GetAsync(db);

        Assert.Equal(["Apple Tree CoP", "Zebra Crossing CoP"], listed.Select(c => c.Name));
        Assert.All(listed, c => Assert.Null(c.YourRole));
    }

    [Fact]
    public async Task Get_WithinItsLifetime_AnswersFromMemory()
    {
        var listed = new ListedCommunities(new KeptReads(writes, clock));
        await AddAsync("First CoP");
        await listed.GetAsync(db);
        await InsertBehindItsBackAsync("Second CoP");

        clock.Advance(KeptReads.Lifetime - TimeSpan.FromSeconds(1));
        var soon = await listed.GetAsync(db);
        clock.Advance(TimeSpan.FromSeconds(1));
        var later = await listed.GetAsync(db);

        Assert.Single(soon);
        Assert.Equal(2, later.Count);
    }

    [Fact]
    public async Task WritingAnything_ThroughTheWatchedDatabase_MakesTheNextReadFresh()
    {
        var listed = new ListedCommunities(new KeptReads(writes, clock));
        await using var saving = new RoundtableDb(new DbContextOptionsBuilder<RoundtableDb>()
            .UseRoundtableDatabase(DatabaseProvider.Sqlite, null)
            .AddInterceptors(writes).Options);
        saving.Database.SetDbConnection(connection);
        await listed.GetAsync(db);
        await InsertBehindItsBackAsync("Unseen CoP");

        saving.Outbox.Add(new OutboxMessage { To = "a@example.org", Subject = "Hello", Body = "Hi", CreatedAt = clock.GetUtcNow() });
        await saving.SaveChangesAsync();

        Assert.Equal(["Unseen CoP"], (await listed.GetAsync(db)).Select(c => c.Name));
    }

    private async Task AddAsync(string name, CommunityVisibility visibility = CommunityVisibility.Listed)
    {
        db.Communities.Add(NewCommunity(name, visibility));
        await db.SaveChangesAsync();
    }

    private static Community NewCommunity(string name, CommunityVisibility visibility) => new()
    {
        Slug = Guid.NewGuid().ToString("N"),
        Name = name,
        Purpose = "Purpose",
        Region = "Region",
        Visibility = visibility,
    };

    // A change this server's cache is not told about, as one made by another server.
    private async Task InsertBehindItsBackAsync(string name) =>
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Communities" ("Id", "Slug", "Name", "Purpose", "Region", "Visibility", "CreatedAt", "UpdatedAt", "Version")
            VALUES ({Guid.NewGuid()}, {Guid.NewGuid().ToString("N")}, {name}, 'Purpose', 'Region', 'Listed', 0, 0, 1)
            """);
}
