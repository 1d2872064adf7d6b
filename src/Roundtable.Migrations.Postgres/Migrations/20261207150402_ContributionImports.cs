using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Roundtable.Migrations.Postgres.Migrations
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
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SenderEmail",
                table: "Contributions",
                type: "character varying(320)",
                maxLength: 320,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SenderName",
                table: "Contributions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "Contributions",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Room");

            migrationBuilder.CreateTable(
                name: "ContributionImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmissionKey = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoomId = table.Column<Guid>(type: "uuid", nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Layout = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ImportedById = table.Column<Guid>(type: "uuid", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Messages = table.Column<int>(type: "integer", nullable: false),
                    Contributions = table.Column<int>(type: "integer", nullable: false),
                    Matched = table.Column<int>(type: "integer", nullable: false),
                    SystemLines = table.Column<int>(type: "integer", nullable: false),
                    Links = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    UndoneAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UndoneById = table.Column<Guid>(type: "uuid", nullable: true)
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
