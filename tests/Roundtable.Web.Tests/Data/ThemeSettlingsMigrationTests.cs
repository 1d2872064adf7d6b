using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
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
            var community = new Community { Slug = "harbourside", Name = "Harbourside", Purpose = "Talking", Region = "North", CreatedAt = settledAt };
            before.Communities.Add(community);
            await before.SaveChangesAsync();
            // Written as the table then was: ThemeSettlings and Contributions.SaidAt do not exist yet.
            await before.Database.ExecuteSqlAsync(
                $"""INSERT INTO "Themes" ("Id", "CommunityId", "Title", "CreatedAt", "CreatedById", "Version") VALUES ({open}, {community.Id}, {"Getting there"}, {Stored(settledAt)}, {settledBy}, 1)""");
            await before.Database.ExecuteSqlAsync(
                $"""INSERT INTO "Themes" ("Id", "CommunityId", "Title", "CreatedAt", "CreatedById", "SettledAt", "SettledById", "SettledNote", "Version") VALUES ({settled}, {community.Id}, {"Being believed"}, {Stored(settledAt)}, {settledBy}, {Stored(settledAt)}, {settledBy}, {"Agreed"}, 1)""");
        }

        await using var db = new RoundtableDb(database.Options());
        await db.Database.MigrateAsync();

        var settling = Assert.Single(await db.ThemeSettlings.AsNoTracking().ToListAsync());
        Assert.Equal((settled, settledAt, settledBy, "Agreed", (DateTimeOffset?)null), (settling.ThemeId, settling.SettledAt, settling.SettledById, settling.Note, settling.ReopenedAt));
    }
}
