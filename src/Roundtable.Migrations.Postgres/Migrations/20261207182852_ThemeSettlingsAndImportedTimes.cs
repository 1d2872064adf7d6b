using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Roundtable.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ThemeSettlingsAndImportedTimes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SaidAt",
                table: "Contributions",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ThemeSettlings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ThemeId = table.Column<Guid>(type: "uuid", nullable: false),
                    SettledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SettledById = table.Column<Guid>(type: "uuid", nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ReopenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReopenedById = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThemeSettlings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ThemeSettlings_Themes_ThemeId",
                        column: x => x.ThemeId,
                        principalTable: "Themes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ThemeSettlings_ThemeId",
                table: "ThemeSettlings",
                column: "ThemeId");

            // A theme settled before this history was kept gets its one settling from what the
            // theme holds; the theme's own id serves as the row's, as it has only one.
            migrationBuilder.Sql("""
                INSERT INTO "ThemeSettlings" ("Id", "ThemeId", "SettledAt", "SettledById", "Note")
                SELECT "Id", "Id", "SettledAt", "SettledById", COALESCE("SettledNote", '')
                FROM "Themes"
                WHERE "SettledAt" IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ThemeSettlings");

            migrationBuilder.DropColumn(
                name: "SaidAt",
                table: "Contributions");
        }
    }
}
