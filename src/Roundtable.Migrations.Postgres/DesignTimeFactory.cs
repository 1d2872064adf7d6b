using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Roundtable.Core.Data;

namespace Roundtable.Migrations.Postgres;

// How dotnet ef makes the context when it adds a PostgreSQL migration: configured exactly as the
// app configures it on PostgreSQL, so the snapshot is the app's model. Adding a migration never
// connects, so the connection string only has to be well formed.
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<RoundtableDb>
{
    public RoundtableDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<RoundtableDb>()
            .UseRoundtableDatabase(DatabaseProvider.Postgres, "Host=localhost;Database=roundtable")
            .Options);
}
