using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Roundtable.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public sealed class DatabaseOptions
{
    public const string DefaultSqlite = "Data Source=data/roundtable.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}

public static class DatabaseSetup
{
    // A relative SQLite file is found from baseDirectory (the app's content root) rather than
    // from wherever the process happened to start.
    public static TBuilder UseRoundtableDatabase<TBuilder>(
        this TBuilder options, DatabaseProvider provider, string? connectionString, string? baseDirectory = null)
        where TBuilder : DbContextOptionsBuilder
    {
        switch (provider)
        {
            case DatabaseProvider.Postgres:
                options.UseNpgsql(connectionString ?? throw new InvalidOperationException(
                    "Database:Provider is Postgres, so ConnectionStrings:Roundtable must be set."));
                break;
            default:
                options.UseSqlite(Anchored(connectionString ?? DatabaseOptions.DefaultSqlite, baseDirectory));
                break;
        }

        // Migrations are written by hand, without EF's model snapshot; a test proves instead
        // that the migrated schema is exactly the one the model describes, on both databases.
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        return options;
    }

    public static async Task MigrateAsync(RoundtableDb db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            CreateSqliteFolder(db.Database.GetConnectionString());
        }

        await db.Database.MigrateAsync(cancellationToken);

        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets people read while someone else writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    private static string Anchored(string connectionString, string? baseDirectory)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (baseDirectory is null || string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:" ||
            builder.Mode == SqliteOpenMode.Memory || Path.IsPathRooted(builder.DataSource))
        {
            return connectionString;
        }

        builder.DataSource = Path.GetFullPath(Path.Combine(baseDirectory, builder.DataSource));
        return builder.ToString();
    }

    private static void CreateSqliteFolder(string? connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:")
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
