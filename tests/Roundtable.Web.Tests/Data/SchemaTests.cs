using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Core.Data;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Data;

// The migrations are generated per provider (src/Roundtable.Migrations.*). These prove, on
// whichever database this run is for, that they build exactly the schema the EF model describes
// and that no change to the model is waiting for a migration.
public class SchemaTests(RoundtableApp app) : IClassFixture<RoundtableApp>
{
    [Fact]
    public async Task Migrations_OnStart_BuildTheSchemaTheModelDescribes()
    {
        var expected = await SchemaReader.DescribeModelAsync(app);

        var migrated = await app.WithDbAsync(SchemaReader.DescribeAsync);

        Assert.NotEmpty(expected);
        Assert.Equal(string.Join('\n', expected), string.Join('\n', migrated));
    }

    [Fact]
    public async Task Migrations_OnStart_AreAllApplied()
    {
        var (applied, pending) = await app.WithDbAsync(async db =>
            (await db.Database.GetAppliedMigrationsAsync(), await db.Database.GetPendingMigrationsAsync()));

        Assert.Equal(SchemaReader.Baseline, applied.First());
        Assert.Empty(pending);
    }

    // Fails when the model changed and nobody ran `dotnet ef migrations add` for this provider
    // (the README's "Changing the database" has the two commands).
    [Fact]
    public void Model_ComparedWithTheMigrationsSnapshot_HasNoChangesWithoutAMigration()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RoundtableDb>();

        Assert.Equal(
            app.Database.Provider == DatabaseProvider.Sqlite ? DatabaseSetup.SqliteMigrations : DatabaseSetup.PostgresMigrations,
            db.GetService<IMigrationsAssembly>().Assembly.GetName().Name);
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no migration holds: add a migration for each provider.");
    }
}
