using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Tests.Shared;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Data;

// Describes a database's schema as sorted lines of text — tables, columns with their types,
// nullability and defaults, keys, foreign keys and indexes — so two schemas can be compared
// and any difference read straight off a failing test.
public static class SchemaReader
{
    // EF's own bookkeeping, and SQLite's.
    private static readonly string[] Ignored = ["__EFMigrationsHistory", "__EFMigrationsLock", "sqlite_sequence"];

    // The generated baseline's ID: the last hand-written migration's, which older databases list.
    public const string Baseline = "20261125090000_LiveRoom";

    // The schema the EF model describes, as EnsureCreated builds it in a database of its own on
    // this run's provider.
    public static async Task<IReadOnlyList<string>> DescribeModelAsync(RoundtableApp app)
    {
        await using var database = await TestDatabase.CreateAsync(app.Database.Provider);
        await using var db = new RoundtableDb(database.Options(app.Services));
        await db.Database.EnsureCreatedAsync();
        return await DescribeAsync(db);
    }

    public static async Task<IReadOnlyList<string>> DescribeAsync(RoundtableDb db)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        try
        {
            var lines = db.Database.IsSqlite() ? await DescribeSqliteAsync(connection) : await DescribePostgresAsync(connection);
            return lines.Where(line => !Ignored.Any(table => line.StartsWith(table + " ", StringComparison.Ordinal)))
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    // How many rows each table holds (EF's and SQLite's bookkeeping left out).
    public static async Task<IReadOnlyDictionary<string, long>> CountRowsAsync(RoundtableDb db)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        try
        {
            var tables = await QueryAsync(connection, db.Database.IsSqlite()
                ? "SELECT name FROM sqlite_master WHERE type = 'table'"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
            var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
            foreach (var table in tables.Select(row => row[0]!).Where(table => !Ignored.Contains(table)))
            {
                counts[table] = long.Parse((await QueryAsync(connection, $"SELECT COUNT(*) FROM \"{table}\""))[0][0]!, System.Globalization.CultureInfo.InvariantCulture);
            }

            return counts;
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    private static async Task<List<string>> DescribeSqliteAsync(DbConnection connection)
    {
        var lines = new List<string>();
        var tables = await QueryAsync(connection, "SELECT name, sql FROM sqlite_master WHERE type = 'table'");
        foreach (var table in tables)
        {
            var name = table[0]!;
            lines.Add($"{name} table{(table[1]!.Contains("AUTOINCREMENT", StringComparison.OrdinalIgnoreCase) ? " autoincrement" : "")}");
            foreach (var column in await QueryAsync(connection, $"SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('{name}')"))
            {
                lines.Add($"{name} column {column[0]} {column[1]} {(column[2] == "1" ? "not null" : "null")} default={column[3]} pk={column[4]}");
            }

            foreach (var key in await QueryAsync(connection, $"SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('{name}')"))
            {
                lines.Add($"{name} foreign key {key[1]} -> {key[0]}.{key[2]} on delete {key[3]}");
            }

            foreach (var index in await QueryAsync(connection, $"SELECT name, \"unique\", origin FROM pragma_index_list('{name}')"))
            {
                var columns = await QueryAsync(connection, $"SELECT name FROM pragma_index_info('{index[0]}') ORDER BY seqno");
                var indexName = index[2] == "c" ? index[0] : $"({index[2]})";
                lines.Add($"{name} index {indexName} {(index[1] == "1" ? "unique" : "")} ({string.Join(", ", columns.Select(c => c[0]))})");
            }
        }

        return lines;
    }

    private static async Task<List<string>> DescribePostgresAsync(DbConnection connection)
    {
        var lines = new List<string>();
        foreach (var table in await QueryAsync(connection, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"))
        {
            lines.Add($"{table[0]} table");
        }

        foreach (var column in await QueryAsync(connection, """
            SELECT table_name, column_name, data_type, character_maximum_length, is_nullable, column_default, is_identity, identity_generation
            FROM information_schema.columns WHERE table_schema = 'public'
            """))
        {
            lines.Add($"{column[0]} column {column[1]} {column[2]}({column[3]}) {(column[4] == "YES" ? "null" : "not null")} default={column[5]} identity={column[6]} {column[7]}");
        }

        foreach (var constraint in await QueryAsync(connection, """
            SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid)
            FROM pg_constraint WHERE connamespace = 'public'::regnamespace
            """))
        {
            lines.Add($"{constraint[0]!.Trim('"')} constraint {constraint[1]} {constraint[2]}");
        }

        foreach (var index in await QueryAsync(connection, "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"))
        {
            lines.Add($"{index[0]} index {index[1]} {index[2]}");
        }

        return lines;
    }

    private static async Task<List<string?[]>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string?[]>();
        while (await reader.ReadAsync())
        {
            var row = new string?[reader.FieldCount];
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
            }

            rows.Add(row);
        }

        return rows;
    }
}
