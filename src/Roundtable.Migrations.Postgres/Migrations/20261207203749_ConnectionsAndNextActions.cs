using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Roundtable.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ConnectionsAndNextActions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Connections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommunityId = table.Column<Guid>(type: "uuid", nullable: false),
                    From_Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    From_PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    From_SubGroupId = table.Column<Guid>(type: "uuid", nullable: true),
                    From_Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    To_Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    To_PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    To_SubGroupId = table.Column<Guid>(type: "uuid", nullable: true),
                    To_Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Why = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: true),
                    BrokeredById = table.Column<Guid>(type: "uuid", nullable: false),
                    BrokeredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OfferInterestId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Connections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Connections_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Connections_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Offers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommunityId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    What = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    LookingFor = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PostedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Offers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Offers_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Offers_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SessionFeedback",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Useful = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    NextAction = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    NextActionShared = table.Column<bool>(type: "boolean", nullable: false),
                    NextActionDoneAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionFeedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionFeedback_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SessionFeedback_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConnectionChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ConnectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ById = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConnectionChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConnectionChanges_Connections_ConnectionId",
                        column: x => x.ConnectionId,
                        principalTable: "Connections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OfferInterests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OfferId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ConnectionId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferInterests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfferInterests_Connections_ConnectionId",
                        column: x => x.ConnectionId,
                        principalTable: "Connections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_OfferInterests_Offers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "Offers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OfferInterests_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConnectionChanges_ConnectionId",
                table: "ConnectionChanges",
                column: "ConnectionId");

            migrationBuilder.CreateIndex(
                name: "IX_Connections_CommunityId",
                table: "Connections",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_Connections_From_PersonId",
                table: "Connections",
                column: "From_PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Connections_SessionId",
                table: "Connections",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_Connections_To_PersonId",
                table: "Connections",
                column: "To_PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_OfferInterests_ConnectionId",
                table: "OfferInterests",
                column: "ConnectionId");

            migrationBuilder.CreateIndex(
                name: "IX_OfferInterests_OfferId_PersonId",
                table: "OfferInterests",
                columns: new[] { "OfferId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OfferInterests_PersonId",
                table: "OfferInterests",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Offers_CommunityId",
                table: "Offers",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_Offers_PersonId",
                table: "Offers",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionFeedback_PersonId",
                table: "SessionFeedback",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionFeedback_SessionId_PersonId",
                table: "SessionFeedback",
                columns: new[] { "SessionId", "PersonId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConnectionChanges");

            migrationBuilder.DropTable(
                name: "OfferInterests");

            migrationBuilder.DropTable(
                name: "SessionFeedback");

            migrationBuilder.DropTable(
                name: "Connections");

            migrationBuilder.DropTable(
                name: "Offers");
        }
    }
}
