using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Roundtable.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Themes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Themes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommunityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Gist = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<Guid>(type: "uuid", nullable: false),
                    SettledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SettledById = table.Column<Guid>(type: "uuid", nullable: true),
                    SettledNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    MergedIntoId = table.Column<Guid>(type: "uuid", nullable: true),
                    MergedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Themes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Themes_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Themes_Themes_MergedIntoId",
                        column: x => x.MergedIntoId,
                        principalTable: "Themes",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "IgnoredSuggestions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommunityId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContributionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ThemeId = table.Column<Guid>(type: "uuid", nullable: true),
                    IgnoredById = table.Column<Guid>(type: "uuid", nullable: false),
                    IgnoredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IgnoredSuggestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IgnoredSuggestions_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IgnoredSuggestions_Contributions_ContributionId",
                        column: x => x.ContributionId,
                        principalTable: "Contributions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IgnoredSuggestions_Themes_ThemeId",
                        column: x => x.ThemeId,
                        principalTable: "Themes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ThemeContributions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ThemeId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContributionId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssignedById = table.Column<Guid>(type: "uuid", nullable: false),
                    AssignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Quoted = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThemeContributions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ThemeContributions_Contributions_ContributionId",
                        column: x => x.ContributionId,
                        principalTable: "Contributions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ThemeContributions_Themes_ThemeId",
                        column: x => x.ThemeId,
                        principalTable: "Themes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IgnoredSuggestions_CommunityId_ContributionId",
                table: "IgnoredSuggestions",
                columns: new[] { "CommunityId", "ContributionId" });

            migrationBuilder.CreateIndex(
                name: "IX_IgnoredSuggestions_ContributionId",
                table: "IgnoredSuggestions",
                column: "ContributionId");

            migrationBuilder.CreateIndex(
                name: "IX_IgnoredSuggestions_ThemeId",
                table: "IgnoredSuggestions",
                column: "ThemeId");

            migrationBuilder.CreateIndex(
                name: "IX_ThemeContributions_ContributionId",
                table: "ThemeContributions",
                column: "ContributionId");

            migrationBuilder.CreateIndex(
                name: "IX_ThemeContributions_ThemeId_ContributionId",
                table: "ThemeContributions",
                columns: new[] { "ThemeId", "ContributionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Themes_CommunityId",
                table: "Themes",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_Themes_MergedIntoId",
                table: "Themes",
                column: "MergedIntoId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IgnoredSuggestions");

            migrationBuilder.DropTable(
                name: "ThemeContributions");

            migrationBuilder.DropTable(
                name: "Themes");
        }
    }
}
