using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Roundtable.Core.Communities;
using Roundtable.Core.People;
using Roundtable.Core.Data;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Data;

// Our migrations are written by hand. These prove, on whichever database this run is for,
// that they build exactly the schema the EF model describes.
public class SchemaTests(RoundtableApp app) : IClassFixture<RoundtableApp>
{
    [Fact]
    public async Task Migrations_OnStart_BuildTheSchemaTheModelDescribes()
    {
        await using var modelDatabase = await TestDatabase.CreateAsync(app.Database.Provider);
        var options = new DbContextOptionsBuilder<RoundtableDb>()
            .UseApplicationServiceProvider(app.Services)
            .UseRoundtableDatabase(modelDatabase.Provider, modelDatabase.ConnectionString)
            .Options;
        await using (var fromModel = new RoundtableDb(options))
        {
            await fromModel.Database.EnsureCreatedAsync();
        }

        var migrated = await app.WithDbAsync(SchemaReader.DescribeAsync);
        await using var modelDb = new RoundtableDb(options);
        var expected = await SchemaReader.DescribeAsync(modelDb);

        Assert.NotEmpty(expected);
        Assert.Equal(string.Join('\n', expected), string.Join('\n', migrated));
    }

    [Fact]
    public async Task Migrations_OnStart_AreAllApplied()
    {
        var (applied, pending) = await app.WithDbAsync(async db =>
            (await db.Database.GetAppliedMigrationsAsync(), await db.Database.GetPendingMigrationsAsync()));

        Assert.Contains("20261121120000_Foundation", applied);
        Assert.Empty(pending);
    }

    [Fact]
    public async Task Migrations_OnAnOlderDatabase_KeepItsMembershipsWithNothingConsented()
    {
        await using var database = await TestDatabase.CreateAsync(app.Database.Provider);
        var options = new DbContextOptionsBuilder<RoundtableDb>()
            .UseApplicationServiceProvider(app.Services)
            .UseRoundtableDatabase(database.Provider, database.ConnectionString)
            .Options;
        await using var db = new RoundtableDb(options);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("20261121120000_Foundation");
        var community = Guid.NewGuid();
        var person = Guid.NewGuid();
        var membership = Guid.NewGuid();
        var now = db.Database.IsSqlite() ? (object)DateTimeOffset.UtcNow.UtcTicks : DateTimeOffset.UtcNow;
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Communities" ("Id", "Slug", "Name", "Purpose", "Region", "Visibility", "CreatedAt", "UpdatedAt", "Version")
            VALUES ({community}, 'older', 'Older community', 'Purpose', 'Region', 'Listed', {now}, {now}, 1)
            """);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "People" ("Id", "CreatedAt", "Email", "EmailConfirmed", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount")
            VALUES ({person}, {now}, 'older@example.org', TRUE, FALSE, FALSE, FALSE, 0)
            """);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Memberships" ("Id", "CommunityId", "PersonId", "Role", "InLivedExpertGroup", "JoinedAt")
            VALUES ({membership}, {community}, {person}, 'CoLead', TRUE, {now})
            """);

        await migrator.MigrateAsync();

        var kept = await db.Memberships.AsNoTracking().SingleAsync(m => m.Id == membership);
        Assert.Equal(CommunityRole.CoLead, kept.Role);
        Assert.True(kept.InLivedExpertGroup);
        Assert.Equal(Naming.FirstName, kept.Naming);
        Assert.False(kept.ContactConsent);
        Assert.False(kept.PhotoConsent);
        Assert.Equal(QuoteConsent.NotQuoted, kept.QuoteConsent);
        Assert.Equal(AccessNeeds.None, kept.AccessNeeds);
        Assert.Null(kept.LeftAt);
    }
}
