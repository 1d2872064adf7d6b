using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Roundtable.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RoomEventBreakoutGroup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "BreakoutGroup",
                table: "RoomEvents",
                type: "INTEGER",
                nullable: true);

            // Events logged before the group was a column of its own carry it in their payload.
            migrationBuilder.Sql("""
                UPDATE "RoomEvents" SET "BreakoutGroup" = json_extract("Payload", '$.breakoutGroupNumber') WHERE "Kind" IN ('ContributionAdded', 'ContributionShown');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BreakoutGroup",
                table: "RoomEvents");
        }
    }
}
