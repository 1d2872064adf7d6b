using Microsoft.EntityFrameworkCore;
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
}
