using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Roundtable.Core.Data.Migrations;

// Sessions and their rhythm: series, sessions and preparation meetings, running orders,
// sign-ups with a waiting list, attendance (marked or imported, with what could not be
// matched), breakout groups, and personal calendar feeds.
[DbContext(typeof(RoundtableDb))]
[Migration("20261124090000_Sessions")]
public class Sessions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var timestamp = this.Timestamp();

        migrationBuilder.CreateTable(
            name: "Series",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CommunityId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 120, nullable: false),
                Rhythm = table.Column<string>(maxLength: 20, nullable: false),
                IntervalMonths = table.Column<int>(nullable: true),
                Weekday = table.Column<string>(maxLength: 20, nullable: true),
                WeekOfMonth = table.Column<int>(nullable: true),
                StartTime = table.Column<TimeOnly>(nullable: false),
                EndTime = table.Column<TimeOnly>(nullable: false),
                WithPreparationMeetings = table.Column<bool>(nullable: false),
                PreparationStartTime = table.Column<TimeOnly>(nullable: true),
                PreparationEndTime = table.Column<TimeOnly>(nullable: true),
                Format = table.Column<string>(maxLength: 20, nullable: false),
                CreatedById = table.Column<Guid>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(type: timestamp, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Series", x => x.Id);
                table.ForeignKey("FK_Series_Communities_CommunityId", x => x.CommunityId, "Communities", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Sessions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CommunityId = table.Column<Guid>(nullable: false),
                SeriesId = table.Column<Guid>(nullable: true),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                Number = table.Column<int>(nullable: false),
                Topic = table.Column<string>(maxLength: 200, nullable: true),
                StartsAt = table.Column<DateTimeOffset>(type: timestamp, nullable: false),
                EndsAt = table.Column<DateTimeOffset>(type: timestamp, nullable: false),
                Format = table.Column<string>(maxLength: 20, nullable: false),
                MeetingLink = table.Column<string>(maxLength: 500, nullable: true),
                Venue = table.Column<string>(maxLength: 200, nullable: true),
                Directions = table.Column<string>(maxLength: 1000, nullable: true),
                StepFreeAccess = table.Column<bool>(nullable: true),
                QuietRoom = table.Column<bool>(nullable: true),
                Capacity = table.Column<int>(nullable: true),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                CancelledAt = table.Column<DateTimeOffset>(type: timestamp, nullable: true),
                CancelReason = table.Column<string>(maxLength: 500, nullable: true),
                Sequence = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(type: timestamp, nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(type: timestamp, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Sessions", x => x.Id);
                table.ForeignKey("FK_Sessions_Communities_CommunityId", x => x.CommunityId, "Communities", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Sessions_Series_SeriesId", x => x.SeriesId, "Series", "Id", onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateTable(
            name: "RunningOrderItems",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SessionId = table.Column<Guid>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                Minutes = table.Column<int>(nullable: false),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                Presenter = table.Column<string>(maxLength: 120, nullable: true),
                Notes = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RunningOrderItems", x => x.Id);
                table.ForeignKey("FK_RunningOrderItems_Sessions_SessionId", x => x.SessionId, "Sessions", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "SignUps",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SessionId = table.Column<Guid>(nullable: false),
                PersonId = table.Column<Guid>(nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                AccessNeeds = table.Column<int>(nullable: false),
                OtherAccessNeeds = table.Column<string>(maxLength: 500, nullable: true),
                SignedUpAt = table.Column<DateTimeOffset>(type: timestamp, nullable: false),
                WaitingSince = table.Column<DateTimeOffset>(type: timestamp, nullable: true),
                BookedAt = table.Column<DateTimeOffset>(type: timestamp, nullable: true),
                CancelledAt = table.Column<DateTimeOffset>(type: timestamp, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SignUps", x => x.Id);
                table.ForeignKey("FK_SignUps_People_PersonId", x => x.PersonId, "People", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_SignUps_Sessions_SessionId", x => x.SessionId, "Sessions", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Attendance",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SessionId = table.Column<Guid>(nullable: false),
                PersonId = table.Column<Guid>(nullable: true),
                GuestName = table.Column<string>(maxLength: 120, nullable: true),
                Source = table.Column<string>(maxLength: 20, nullable: false),
                JoinedAt = table.Column<DateTimeOffset>(type: timestamp, nullable: true),
                LeftAt = table.Column<DateTimeOffset>(type: timestamp, nullable: true),
                RecordedById = table.Column<Guid>(nullable: false),
                RecordedAt = table.Column<DateTimeOffset>(type: timestamp, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Attendance", x => x.Id);
                table.ForeignKey("FK_Attendance_People_PersonId", x => x.PersonId, "People", "Id");
                table.ForeignKey("FK_Attendance_Sessions_SessionId", x => x.SessionId, "Sessions", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "UnmatchedAttendees",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SessionId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Email = table.Column<string>(maxLength: 254, nullable: true),
                JoinedAt = table.Column<DateTimeOffset>(type: timestamp, nullable: true),
                LeftAt = table.Column<DateTimeOffset>(type: timestamp, nullable: true),
                ImportedAt = table.Column<DateTimeOffset>(type: timestamp, nullable: false),
                ResolvedAt = table.Column<DateTimeOffset>(type: timestamp, nullable: true),
                Resolution = table.Column<string>(maxLength: 20, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_UnmatchedAttendees", x => x.Id);
                table.ForeignKey("FK_UnmatchedAttendees_Sessions_SessionId", x => x.SessionId, "Sessions", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "BreakoutGroups",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SessionId = table.Column<Guid>(nullable: false),
                Number = table.Column<int>(nullable: false),
                ChairId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_BreakoutGroups", x => x.Id);
                table.ForeignKey("FK_BreakoutGroups_People_ChairId", x => x.ChairId, "People", "Id", onDelete: ReferentialAction.SetNull);
                table.ForeignKey("FK_BreakoutGroups_Sessions_SessionId", x => x.SessionId, "Sessions", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "BreakoutMembers",
            columns: table => new
            {
                PersonId = table.Column<Guid>(nullable: false),
                SessionId = table.Column<Guid>(nullable: false),
                GroupId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_BreakoutMembers", x => new { x.SessionId, x.PersonId });
                table.ForeignKey("FK_BreakoutMembers_BreakoutGroups_GroupId", x => x.GroupId, "BreakoutGroups", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_BreakoutMembers_People_PersonId", x => x.PersonId, "People", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_BreakoutMembers_Sessions_SessionId", x => x.SessionId, "Sessions", "Id");
            });

        migrationBuilder.CreateTable(
            name: "CalendarFeeds",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PersonId = table.Column<Guid>(nullable: false),
                TokenHash = table.Column<string>(maxLength: 64, nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(type: timestamp, nullable: false),
                RevokedAt = table.Column<DateTimeOffset>(type: timestamp, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CalendarFeeds", x => x.Id);
                table.ForeignKey("FK_CalendarFeeds_People_PersonId", x => x.PersonId, "People", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_Attendance_PersonId", "Attendance", "PersonId");
        migrationBuilder.CreateIndex("IX_Attendance_SessionId_PersonId", "Attendance", ["SessionId", "PersonId"], unique: true);
        migrationBuilder.CreateIndex("IX_BreakoutGroups_ChairId", "BreakoutGroups", "ChairId");
        migrationBuilder.CreateIndex("IX_BreakoutGroups_SessionId_Number", "BreakoutGroups", ["SessionId", "Number"], unique: true);
        migrationBuilder.CreateIndex("IX_BreakoutMembers_GroupId", "BreakoutMembers", "GroupId");
        migrationBuilder.CreateIndex("IX_BreakoutMembers_PersonId", "BreakoutMembers", "PersonId");
        migrationBuilder.CreateIndex("IX_CalendarFeeds_PersonId", "CalendarFeeds", "PersonId");
        migrationBuilder.CreateIndex("IX_CalendarFeeds_TokenHash", "CalendarFeeds", "TokenHash", unique: true);
        migrationBuilder.CreateIndex("IX_RunningOrderItems_SessionId_Position", "RunningOrderItems", ["SessionId", "Position"]);
        migrationBuilder.CreateIndex("IX_Series_CommunityId", "Series", "CommunityId");
        migrationBuilder.CreateIndex("IX_Sessions_CommunityId_Kind_Number", "Sessions", ["CommunityId", "Kind", "Number"], unique: true);
        migrationBuilder.CreateIndex("IX_Sessions_CommunityId_StartsAt", "Sessions", ["CommunityId", "StartsAt"]);
        migrationBuilder.CreateIndex("IX_Sessions_SeriesId", "Sessions", "SeriesId");
        migrationBuilder.CreateIndex("IX_SignUps_PersonId", "SignUps", "PersonId");
        migrationBuilder.CreateIndex("IX_SignUps_SessionId_PersonId", "SignUps", ["SessionId", "PersonId"], unique: true);
        migrationBuilder.CreateIndex("IX_UnmatchedAttendees_SessionId", "UnmatchedAttendees", "SessionId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[]
        {
            "CalendarFeeds", "BreakoutMembers", "BreakoutGroups", "UnmatchedAttendees", "Attendance", "SignUps",
            "RunningOrderItems", "Sessions", "Series",
        })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
