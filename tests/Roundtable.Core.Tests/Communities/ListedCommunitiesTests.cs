using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Tests.Communities;

public sealed class ListedCommunitiesTests : IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private readonly StoppedClock clock = new();
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

        var listed = await new ListedCommunities(clock).GetAsync(db);

        Assert.Equal(["Apple Tree CoP", "Zebra Crossing CoP"], listed.Select(c => c.Name));
        Assert.All(listed, c => Assert.Null(c.YourRole));
    }

    [Fact]
    public async Task Get_WithinItsLifetime_AnswersFromMemory()
    {
        var listed = new ListedCommunities(clock);
        await AddAsync("First CoP");
        await listed.GetAsync(db);
        await InsertBehindItsBackAsync("Second CoP");

        clock.Advance(ListedCommunities.Lifetime - TimeSpan.FromSeconds(1));
        var soon = await listed.GetAsync(db);
        clock.Advance(TimeSpan.FromSeconds(1));
        var later = await listed.GetAsync(db);

        Assert.Single(soon);
        Assert.Equal(2, later.Count);
    }

    [Fact]
    public async Task Forget_MakesTheNextReadFresh()
    {
        var listed = new ListedCommunities(clock);
        await listed.GetAsync(db);
        await InsertBehindItsBackAsync("New CoP");

        listed.Forget();

        Assert.Single(await listed.GetAsync(db));
    }

    private async Task AddAsync(string name, CommunityVisibility visibility = CommunityVisibility.Listed)
    {
        db.Communities.Add(new Community
        {
            Slug = Guid.NewGuid().ToString("N"),
            Name = name,
            Purpose = "Purpose",
            Region = "Region",
            Visibility = visibility,
        });
        await db.SaveChangesAsync();
    }

    // A change this server's cache is not told about, as one made by another server.
    private async Task InsertBehindItsBackAsync(string name) =>
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Communities" ("Id", "Slug", "Name", "Purpose", "Region", "Visibility", "CreatedAt", "UpdatedAt", "Version")
            VALUES ({Guid.NewGuid()}, {Guid.NewGuid().ToString("N")}, {name}, 'Purpose', 'Region', 'Listed', 0, 0, 1)
            """);

    private sealed class StoppedClock : TimeProvider
    {
        private DateTimeOffset now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }
}
