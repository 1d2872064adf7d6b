using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Roundtable.Core.Data;
using Roundtable.Tests.Shared;

namespace Roundtable.Web.Tests.Data;

// A theme's settlings became rows of their own: a theme settled before keeps what it held, as its
// one settling, when the migration that added them runs.
public class ThemeSettlingsMigrationTests
{
    [Fact]
    public async Task Migrate_ADatabaseWithASettledTheme_GivesItOneSettlingFromItsFields()
    {
        await using var database = await TestDatabase.CreateAsync();
        var settledAt = TestClock.Start.AddDays(-3);
        // Raw SQL passes no value converter: SQLite keeps times as UTC ticks.
        object Stored(DateTimeOffset time) => database.Provider == DatabaseProvider.Sqlite ? time.UtcTicks : time;
        var (settledBy, open, settled) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        await using (var before = new RoundtableDb(database.Options()))
        {
            var migrator = before.GetService<IMigrator>();
            await migrator.MigrateAsync(before.Database.GetMigrations().Single(m => m.EndsWith("_Themes", StringComparison.Ordinal)));
            // Written as the tables then were: ThemeSettlings, Contributions.SaidAt and later
            // communities' columns do not exist yet.
            var community = Guid.CreateVersion7();
            await before.Database.ExecuteSqlAsync(
                $"""INSERT INTO "Communities" ("Id", "Slug", "Name", "Purpose", "Region", "Visibility", "CreatedAt", "UpdatedAt", "Version") VALUES ({community}, {"harbourside"}, {"Harbourside"}, {"Talking"}, {"North"}, {"Listed"}, {Stored(settledAt)}, {Stored(settledAt)}, 1)""");
            await before.Database.ExecuteSqlAsync(
                $"""INSERT INTO "Themes" ("Id", "CommunityId", "Title", "CreatedAt", "CreatedById", "Version") VALUES ({open}, {community}, {"Getting there"}, {Stored(settledAt)}, {settledBy}, 1)""");
            await before.Database.ExecuteSqlAsync(
                $"""INSERT INTO "Themes" ("Id", "CommunityId", "Title", "CreatedAt", "CreatedById", "SettledAt", "SettledById", "SettledNote", "Version") VALUES ({settled}, {community}, {"Being believed"}, {Stored(settledAt)}, {settledBy}, {Stored(settledAt)}, {settledBy}, {"Agreed"}, 1)""");
        }

        await using var db = new RoundtableDb(database.Options());
        await db.Database.MigrateAsync();

        var settling = Assert.Single(await db.ThemeSettlings.AsNoTracking().ToListAsync());
        Assert.Equal((settled, settledAt, settledBy, "Agreed", (DateTimeOffset?)null), (settling.ThemeId, settling.SettledAt, settling.SettledById, settling.Note, settling.ReopenedAt));
    }
}
