using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Roundtable.Core.Data.Migrations;

// The live room: one room per session or preparation meeting, the prompts put to it, guests who
// came with the join link, contributions (with photos), reactions, the numbered log of events
// clients catch up from, and the moderation trail. Existing data is untouched: rooms are made
// when a facilitator first opens one.
[DbContext(typeof(RoundtableDb))]
[Migration("20261125090000_LiveRoom")]
public class LiveRoom : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var timestamp = this.Timestamp();

        migrationBuilder.CreateTable(
            name: "Rooms",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SessionId = table.Column<Guid>(nullable: false),
                State = table.Column<string>(maxLength: 20, nullable: false),
                CurrentItemId = table.Column<Guid>(nullable: true),
                CurrentItemStartedAt = table.Column<DateTimeOffset>(type: timestamp, nullable: true),
                LastSequence = table.Column<long>(nullable: false),
                JoinTokenHash = table.Column<string>(maxLength: 64, nullable: true),
                ProjectorTokenHash = table.Column<string>(maxLength: 64, nullable: true),
                OpenedAt = table.Column<DateTimeOffset>(type: timestamp, nullable: true),
                ClosedAt = table.Column<DateTimeOffset>(type: timestamp, nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(type: timestamp, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Rooms", x => x.Id);
                table.ForeignKey("FK_Rooms_RunningOrderItems_CurrentItemId", x => x.CurrentItemId, "RunningOrderItems", "Id", onDelete: ReferentialAction.SetNull);
                table.ForeignKey("FK_Rooms_Sessions_SessionId", x => x.SessionId, "Sessions", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "RoomPrompts",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RoomId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                Text = table.Column<string>(maxLength: 500, nullable: false),
                Audience = table.Column<string>(maxLength: 20, nullable: false),
                AsksGoodEnough = table.Column<bool>(nullable: false),
                OpenedById = table.Column<Guid>(nullable: false),
                OpenedAt = table.Column<DateTimeOffset>(type: timestamp, nullable: false),
                ClosedAt = table.Column<DateTimeOffset>(type: timestamp, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RoomPrompts", x => x.Id);
                table.ForeignKey("FK_RoomPrompts_People_OpenedById", x => x.OpenedById, "People", "Id");
                table.ForeignKey("FK_RoomPrompts_Rooms_RoomId", x => x.RoomId, "Rooms", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "RoomGuests",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RoomId = table.Column<Guid>(nullable: false),
                DisplayName = table.Column<string>(maxLength: 80, nullable: true),
                TokenHash = table.Column<string>(maxLength: 64, nullable: false),
                JoinedAt = table.Column<DateTimeOffset>(type: timestamp, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RoomGuests", x => x.Id);
                table.ForeignKey("FK_RoomGuests_Rooms_RoomId", x => x.RoomId, "Rooms", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Contributions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RoomId = table.Column<Guid>(nullable: false),
                Sequence = table.Column<long>(nullable: false),
                PromptId = table.Column<Guid>(nullable: true),
                BreakoutGroupNumber = table.Column<int>(nullable: true),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                PersonId = table.Column<Guid>(nullable: true),
                GuestId = table.Column<Guid>(nullable: true),
                Anonymous = table.Column<bool>(nullable: false),
                SpokenById = table.Column<Guid>(nullable: true),
                Text = table.Column<string>(maxLength: 1000, nullable: true),
                Scale = table.Column<int>(nullable: true),
                GoodEnough = table.Column<int>(nullable: true),
                Pinned = table.Column<bool>(nullable: false),
                Hidden = table.Column<bool>(nullable: false),
                HiddenReason = table.Column<string>(maxLength: 500, nullable: true),
                HiddenById = table.Column<Guid>(nullable: true),
                HiddenAt = table.Column<DateTimeOffset>(type: timestamp, nullable: true),
                DeletedAt = table.Column<DateTimeOffset>(type: timestamp, nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(type: timestamp, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Contributions", x => x.Id);
                table.ForeignKey("FK_Contributions_People_HiddenById", x => x.HiddenById, "People", "Id");
                table.ForeignKey("FK_Contributions_People_PersonId", x => x.PersonId, "People", "Id");
                table.ForeignKey("FK_Contributions_People_SpokenById", x => x.SpokenById, "People", "Id");
                table.ForeignKey("FK_Contributions_RoomGuests_GuestId", x => x.GuestId, "RoomGuests", "Id");
                table.ForeignKey("FK_Contributions_RoomPrompts_PromptId", x => x.PromptId, "RoomPrompts", "Id");
                table.ForeignKey("FK_Contributions_Rooms_RoomId", x => x.RoomId, "Rooms", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ContributionPhotos",
            columns: table => new
            {
                ContributionId = table.Column<Guid>(nullable: false),
                Bytes = table.Column<byte[]>(nullable: false),
                ContentType = table.Column<string>(maxLength: 20, nullable: false),
                Description = table.Column<string>(maxLength: 250, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ContributionPhotos", x => x.ContributionId);
                table.ForeignKey("FK_ContributionPhotos_Contributions_ContributionId", x => x.ContributionId, "Contributions", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Reactions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RoomId = table.Column<Guid>(nullable: false),
                ContributionId = table.Column<Guid>(nullable: false),
                ReactorId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                Sequence = table.Column<long>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(type: timestamp, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Reactions", x => x.Id);
                table.ForeignKey("FK_Reactions_Contributions_ContributionId", x => x.ContributionId, "Contributions", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Reactions_Rooms_RoomId", x => x.RoomId, "Rooms", "Id");
            });

        migrationBuilder.CreateTable(
            name: "RoomEvents",
            columns: table => new
            {
                RoomId = table.Column<Guid>(nullable: false),
                Sequence = table.Column<long>(nullable: false),
                Kind = table.Column<string>(maxLength: 30, nullable: false),
                ContributionId = table.Column<Guid>(nullable: true),
                Payload = table.Column<string>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(type: timestamp, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RoomEvents", x => new { x.RoomId, x.Sequence });
                table.ForeignKey("FK_RoomEvents_Rooms_RoomId", x => x.RoomId, "Rooms", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ModerationEntries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RoomId = table.Column<Guid>(nullable: false),
                ContributionId = table.Column<Guid>(nullable: false),
                Action = table.Column<string>(maxLength: 20, nullable: false),
                Reason = table.Column<string>(maxLength: 500, nullable: true),
                ById = table.Column<Guid>(nullable: false),
                At = table.Column<DateTimeOffset>(type: timestamp, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ModerationEntries", x => x.Id);
                table.ForeignKey("FK_ModerationEntries_Contributions_ContributionId", x => x.ContributionId, "Contributions", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_ModerationEntries_People_ById", x => x.ById, "People", "Id");
                table.ForeignKey("FK_ModerationEntries_Rooms_RoomId", x => x.RoomId, "Rooms", "Id");
            });

        migrationBuilder.CreateIndex("IX_Contributions_GuestId", "Contributions", "GuestId");
        migrationBuilder.CreateIndex("IX_Contributions_HiddenById", "Contributions", "HiddenById");
        migrationBuilder.CreateIndex("IX_Contributions_PersonId", "Contributions", "PersonId");
        migrationBuilder.CreateIndex("IX_Contributions_PromptId", "Contributions", "PromptId");
        migrationBuilder.CreateIndex("IX_Contributions_RoomId_Sequence", "Contributions", ["RoomId", "Sequence"], unique: true);
        migrationBuilder.CreateIndex("IX_Contributions_SpokenById", "Contributions", "SpokenById");
        migrationBuilder.CreateIndex("IX_ModerationEntries_ById", "ModerationEntries", "ById");
        migrationBuilder.CreateIndex("IX_ModerationEntries_ContributionId", "ModerationEntries", "ContributionId");
        migrationBuilder.CreateIndex("IX_ModerationEntries_RoomId", "ModerationEntries", "RoomId");
        migrationBuilder.CreateIndex("IX_Reactions_ContributionId_ReactorId_Kind", "Reactions", ["ContributionId", "ReactorId", "Kind"], unique: true);
        migrationBuilder.CreateIndex("IX_Reactions_RoomId", "Reactions", "RoomId");
        migrationBuilder.CreateIndex("IX_RoomEvents_ContributionId", "RoomEvents", "ContributionId");
        migrationBuilder.CreateIndex("IX_RoomGuests_RoomId", "RoomGuests", "RoomId");
        migrationBuilder.CreateIndex("IX_RoomGuests_TokenHash", "RoomGuests", "TokenHash", unique: true);
        migrationBuilder.CreateIndex("IX_RoomPrompts_OpenedById", "RoomPrompts", "OpenedById");
        migrationBuilder.CreateIndex("IX_RoomPrompts_RoomId_OpenedAt", "RoomPrompts", ["RoomId", "OpenedAt"]);
        migrationBuilder.CreateIndex("IX_Rooms_CurrentItemId", "Rooms", "CurrentItemId");
        migrationBuilder.CreateIndex("IX_Rooms_JoinTokenHash", "Rooms", "JoinTokenHash", unique: true);
        migrationBuilder.CreateIndex("IX_Rooms_ProjectorTokenHash", "Rooms", "ProjectorTokenHash", unique: true);
        migrationBuilder.CreateIndex("IX_Rooms_SessionId", "Rooms", "SessionId", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[]
        {
            "ModerationEntries", "RoomEvents", "Reactions", "ContributionPhotos", "Contributions", "RoomGuests",
            "RoomPrompts", "Rooms",
        })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
