using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Roundtable.Core.Data;

namespace Roundtable.Migrations.Sqlite;

// How dotnet ef makes the context when it adds a SQLite migration: configured exactly as the app
// configures it on SQLite (UtcTicksConverter included), so the snapshot is the app's model. Adding
// a migration never opens the file.
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<RoundtableDb>
{
    public RoundtableDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<RoundtableDb>()
            .UseRoundtableDatabase(DatabaseProvider.Sqlite, DatabaseOptions.DefaultSqlite)
            .Options);
}
