using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Roundtable.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ContributionImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ImportId",
                table: "Contributions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SenderEmail",
                table: "Contributions",
                type: "TEXT",
                maxLength: 320,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SenderName",
                table: "Contributions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "Contributions",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Room");

            migrationBuilder.CreateTable(
                name: "ContributionImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmissionKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Layout = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ImportedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Messages = table.Column<int>(type: "INTEGER", nullable: false),
                    Contributions = table.Column<int>(type: "INTEGER", nullable: false),
                    Matched = table.Column<int>(type: "INTEGER", nullable: false),
                    SystemLines = table.Column<int>(type: "INTEGER", nullable: false),
                    Links = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    UndoneAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UndoneById = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContributionImports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContributionImports_People_ImportedById",
                        column: x => x.ImportedById,
                        principalTable: "People",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ContributionImports_People_UndoneById",
                        column: x => x.UndoneById,
                        principalTable: "People",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ContributionImports_Rooms_RoomId",
                        column: x => x.RoomId,
                        principalTable: "Rooms",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ContributionImports_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Contributions_ImportId",
                table: "Contributions",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_ContributionImports_ImportedById",
                table: "ContributionImports",
                column: "ImportedById");

            migrationBuilder.CreateIndex(
                name: "IX_ContributionImports_RoomId",
                table: "ContributionImports",
                column: "RoomId");

            migrationBuilder.CreateIndex(
                name: "IX_ContributionImports_SessionId",
                table: "ContributionImports",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_ContributionImports_SubmissionKey",
                table: "ContributionImports",
                column: "SubmissionKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContributionImports_UndoneById",
                table: "ContributionImports",
                column: "UndoneById");

            migrationBuilder.AddForeignKey(
                name: "FK_Contributions_ContributionImports_ImportId",
                table: "Contributions",
                column: "ImportId",
                principalTable: "ContributionImports",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Contributions_ContributionImports_ImportId",
                table: "Contributions");

            migrationBuilder.DropTable(
                name: "ContributionImports");

            migrationBuilder.DropIndex(
                name: "IX_Contributions_ImportId",
                table: "Contributions");

            migrationBuilder.DropColumn(
                name: "ImportId",
                table: "Contributions");

            migrationBuilder.DropColumn(
                name: "SenderEmail",
                table: "Contributions");

            migrationBuilder.DropColumn(
                name: "SenderName",
                table: "Contributions");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "Contributions");
        }
    }
}
