using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Roundtable.Core.Data;

namespace Roundtable.Tests.Shared;

// A fresh database for one test, on whichever engine this run is for: ROUNDTABLE_TEST_DATABASE=
// Sqlite (default) or Postgres, with ROUNDTABLE_TEST_POSTGRES naming a server where we may create
// databases (scripts/test starts a throwaway one). The one harness for every suite that reads or
// writes through SQL: the Web suite's apps and Core's use cases alike.
public sealed class TestDatabase : IAsyncDisposable
{
    // Migrated once per test run and per engine, then copied for each test: a copy costs a
    // fraction of running every migration again, for each of the hundred-odd apps a run starts.
    private static readonly Dictionary<DatabaseProvider, Task<TestDatabase>> Templates = [];

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

    // An empty database, for a test about what migrations do to it.
    public static Task<TestDatabase> CreateAsync(DatabaseProvider? provider = null) =>
        CreateAsync(provider ?? ProviderForThisRun, template: null);

    // A database with every migration applied, as the app would leave it on first start.
    public static async Task<TestDatabase> CreateMigratedAsync(DatabaseProvider? provider = null)
    {
        var engine = provider ?? ProviderForThisRun;
        Task<TestDatabase> template;
        lock (Templates)
        {
            if (!Templates.TryGetValue(engine, out template!))
            {
                template = Templates[engine] = MigratedTemplateAsync(engine);
            }
        }

        return await CreateAsync(engine, await template);
    }

    private static async Task<TestDatabase> MigratedTemplateAsync(DatabaseProvider provider)
    {
        var template = await CreateAsync(provider, template: null);
        await using (var db = new RoundtableDb(template.Options()))
        {
            await DatabaseSetup.MigrateAsync(db);
        }

        // Nothing may hold the template open while it is copied.
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => template.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return template;
    }

    private static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, TestDatabase? template)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "roundtable-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, "roundtable.db");
            if (template is not null)
            {
                File.Copy(Path.Combine(template.folder!, "roundtable.db"), file);
            }

            return new TestDatabase(DatabaseProvider.Sqlite, $"Data Source={file}", folder, null, null);
        }

        var server = Environment.GetEnvironmentVariable("ROUNDTABLE_TEST_POSTGRES")
            ?? throw new InvalidOperationException("ROUNDTABLE_TEST_POSTGRES must name a PostgreSQL server (scripts/test starts one).");
        var name = "rt_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            var copying = template is null ? "" : $" TEMPLATE \"{template.databaseName}\"";
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"{copying}", connection);
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
