using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Tests.Shared;

namespace Roundtable.Web.Tests.Data;

// The breakout group an event was said in became a column of its own: events logged before carry
// it only in their payload, and the migration that added the column fills it from there.
public class RoomEventBreakoutGroupTests
{
    [Fact]
    public async Task Migrate_AnOlderDatabase_TakesEachEventsGroupFromItsPayload()
    {
        await using var database = await TestDatabase.CreateAsync();
        var fixture = Path.Combine(AppContext.BaseDirectory, "Data", "Fixtures", $"{SchemaReader.Baseline}.{database.Provider.ToString().ToLowerInvariant()}.sql");
        await database.RunScriptAsync(await File.ReadAllTextAsync(fixture));
        await using (var before = new RoundtableDb(database.Options()))
        {
            // One contribution in the fixture said in breakout group 3, as the log then wrote it.
            var first = await before.Database.SqlQueryRaw<long>(
                """SELECT MIN("Sequence") AS "Value" FROM "RoomEvents" WHERE "Kind" = 'ContributionAdded'""").SingleAsync();
            await before.Database.ExecuteSqlRawAsync(
                """UPDATE "RoomEvents" SET "Payload" = REPLACE("Payload", '"breakoutGroupNumber":null', '"breakoutGroupNumber":3') WHERE "Kind" = 'ContributionAdded' AND "Sequence" = {0}""",
                first);
        }

        await using var db = new RoundtableDb(database.Options());
        await db.Database.MigrateAsync();

        var groups = await db.RoomEvents.AsNoTracking()
            .Where(e => e.Kind == RoomEventKind.ContributionAdded)
            .OrderBy(e => e.Sequence).Select(e => e.BreakoutGroup).ToListAsync();
        Assert.Equal(3, groups[0]);
        Assert.True(groups.Count > 1);
        Assert.All(groups.Skip(1), group => Assert.Null(group));
        Assert.All(await db.RoomEvents.AsNoTracking().Where(e => e.Kind != RoomEventKind.ContributionAdded).ToListAsync(), e => Assert.Null(e.BreakoutGroup));
    }
}
