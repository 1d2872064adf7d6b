using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Roundtable.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class YouSaidWeDid : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AskBoardIsPublic",
                table: "Communities",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Asks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommunityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Words = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    AskerId = table.Column<Guid>(type: "uuid", nullable: true),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ContributionId = table.Column<Guid>(type: "uuid", nullable: true),
                    ThemeId = table.Column<Guid>(type: "uuid", nullable: true),
                    FeedbackAnswerId = table.Column<Guid>(type: "uuid", nullable: true),
                    FromPreparationMeeting = table.Column<bool>(type: "boolean", nullable: false),
                    OwnerMembershipId = table.Column<Guid>(type: "uuid", nullable: true),
                    OwnerSubGroupId = table.Column<Guid>(type: "uuid", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmissionKey = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Asks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Asks_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Asks_Memberships_OwnerMembershipId",
                        column: x => x.OwnerMembershipId,
                        principalTable: "Memberships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Asks_SubGroups_OwnerSubGroupId",
                        column: x => x.OwnerSubGroupId,
                        principalTable: "SubGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "AskChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AskId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    To = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RaisedWith = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AcknowledgedInSessionId = table.Column<Guid>(type: "uuid", nullable: true),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AcknowledgedById = table.Column<Guid>(type: "uuid", nullable: true),
                    Decision_At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Decision_ById = table.Column<Guid>(type: "uuid", nullable: false),
                    Decision_Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AskChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AskChanges_Asks_AskId",
                        column: x => x.AskId,
                        principalTable: "Asks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AskChanges_AskId_AcknowledgedAt",
                table: "AskChanges",
                columns: new[] { "AskId", "AcknowledgedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Asks_CommunityId_Status",
                table: "Asks",
                columns: new[] { "CommunityId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Asks_OwnerMembershipId",
                table: "Asks",
                column: "OwnerMembershipId");

            migrationBuilder.CreateIndex(
                name: "IX_Asks_OwnerSubGroupId",
                table: "Asks",
                column: "OwnerSubGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_Asks_SubmissionKey",
                table: "Asks",
                column: "SubmissionKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AskChanges");

            migrationBuilder.DropTable(
                name: "Asks");

            migrationBuilder.DropColumn(
                name: "AskBoardIsPublic",
                table: "Communities");
        }
    }
}
