using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Roundtable.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SystemMap : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MapEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommunityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Sector = table.Column<int>(type: "integer", nullable: false),
                    Offers = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Needs = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    WebAddress = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AddedById = table.Column<Guid>(type: "uuid", nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MapEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MapEntries_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MapEntryMembers",
                columns: table => new
                {
                    MapEntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    MembershipId = table.Column<Guid>(type: "uuid", nullable: false),
                    LinkedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MapEntryMembers", x => new { x.MapEntryId, x.MembershipId });
                    table.ForeignKey(
                        name: "FK_MapEntryMembers_MapEntries_MapEntryId",
                        column: x => x.MapEntryId,
                        principalTable: "MapEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MapEntryMembers_Memberships_MembershipId",
                        column: x => x.MembershipId,
                        principalTable: "Memberships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MapLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FromId = table.Column<Guid>(type: "uuid", nullable: false),
                    ToId = table.Column<Guid>(type: "uuid", nullable: false),
                    How = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AddedById = table.Column<Guid>(type: "uuid", nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MapLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MapLinks_MapEntries_FromId",
                        column: x => x.FromId,
                        principalTable: "MapEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MapLinks_MapEntries_ToId",
                        column: x => x.ToId,
                        principalTable: "MapEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MapEntries_CommunityId",
                table: "MapEntries",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_MapEntryMembers_MembershipId",
                table: "MapEntryMembers",
                column: "MembershipId");

            migrationBuilder.CreateIndex(
                name: "IX_MapLinks_FromId_ToId",
                table: "MapLinks",
                columns: new[] { "FromId", "ToId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MapLinks_ToId",
                table: "MapLinks",
                column: "ToId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MapEntryMembers");

            migrationBuilder.DropTable(
                name: "MapLinks");

            migrationBuilder.DropTable(
                name: "MapEntries");
        }
    }
}
