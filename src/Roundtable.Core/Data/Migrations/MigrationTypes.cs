using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Roundtable.Core.Data.Migrations;

// Our migrations are written by hand and serve SQLite and PostgreSQL alike: most column
// types follow from the CLR type, and these cover what differs.
internal static class MigrationTypes
{
    public const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    // Times are UTC ticks on SQLite (see UtcTicksConverter) and timestamptz on PostgreSQL.
    public static string Timestamp(this Migration migration) =>
        migration.ActiveProvider == SqliteProvider ? "INTEGER" : "timestamp with time zone";

    // An integer key the database numbers itself: both providers' annotations, each
    // ignored by the other.
    public static OperationBuilder<AddColumnOperation> Identity(this OperationBuilder<AddColumnOperation> column) =>
        column
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
