using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Roundtable.Core.Data;

namespace Roundtable.Web.Tests.Infrastructure;

// A fresh, empty database for one test app, on whichever engine this run is for:
// ROUNDTABLE_TEST_DATABASE=Sqlite (default) or Postgres, with ROUNDTABLE_TEST_POSTGRES
// naming a server where we may create databases (scripts/test starts a throwaway one).
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? folder;
    private readonly string? serverConnectionString;
    private readonly string? databaseName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? folder, string? server, string? name)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.folder = folder;
        serverConnectionString = server;
        databaseName = name;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static DatabaseProvider ProviderForThisRun =>
        string.Equals(Environment.GetEnvironmentVariable("ROUNDTABLE_TEST_DATABASE"), "Postgres", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Postgres
            : DatabaseProvider.Sqlite;

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider? provider = null)
    {
        if ((provider ?? ProviderForThisRun) == DatabaseProvider.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "roundtable-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            return new TestDatabase(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "roundtable.db")}", folder, null, null);
        }

        var server = Environment.GetEnvironmentVariable("ROUNDTABLE_TEST_POSTGRES")
            ?? throw new InvalidOperationException("ROUNDTABLE_TEST_POSTGRES must name a PostgreSQL server (scripts/test starts one).");
        var name = "rt_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new TestDatabase(DatabaseProvider.Postgres, connectionString, null, server, name);
    }

    // The context options the app would use on this database, for a test that reads or builds
    // it directly.
    public DbContextOptions<RoundtableDb> Options(IServiceProvider? appServices = null) =>
        new DbContextOptionsBuilder<RoundtableDb>()
            .UseApplicationServiceProvider(appServices)
            .UseRoundtableDatabase(Provider, ConnectionString)
            .Options;

    // Runs a whole SQL script, such as a dump of another database, on its own connection (a dump
    // may change the session's settings, which must not go back into the pool).
    public async Task RunScriptAsync(string script)
    {
        await using DbConnection connection = Provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(new SqliteConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString)
            : new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = script;
        await command.ExecuteNonQueryAsync();
    }

    // Makes the database unreachable while the app runs, as a crashed or lost server would.
    public async Task BreakAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(folder!))
            {
                File.Delete(file);
            }

            Directory.CreateDirectory(Path.Combine(folder!, "roundtable.db"));
            return;
        }

        await DropAsync();
    }

    private bool disposed;

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        if (Provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder!, recursive: true);
            }
            catch (IOException)
            {
                // A file still open is left for the OS to clean up with the temp folder.
            }

            return;
        }

        await DropAsync();
    }

    private async Task DropAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
