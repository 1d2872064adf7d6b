using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Roundtable.Core.Data.Migrations;

// Living charters (versions, sections, discussion principles, suggestions, items to be
// confirmed); members' identities, naming, access needs and consent; sub-groups; invitations
// and requests to join. Existing memberships keep everything and start named by first name
// with no consent given.
[DbContext(typeof(RoundtableDb))]
[Migration("20261122090000_CommunitiesAndPeople")]
public class CommunitiesAndPeople : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var timestamp = this.Timestamp();

        migrationBuilder.AddColumn<DateTimeOffset>("LeftAt", "Memberships", type: timestamp, nullable: true);
        migrationBuilder.AddColumn<string>("Organisation", "Memberships", maxLength: 120, nullable: true);
        migrationBuilder.AddColumn<string>("JobRole", "Memberships", maxLength: 120, nullable: true);
        migrationBuilder.AddColumn<string>("Naming", "Memberships", maxLength: 20, nullable: false, defaultValue: "FirstName");
        migrationBuilder.AddColumn<int>("AccessNeeds", "Memberships", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<string>("OtherAccessNeeds", "Memberships", maxLength: 500, nullable: true);
        migrationBuilder.AddColumn<bool>("ContactConsent", "Memberships", nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<string>("QuoteConsent", "Memberships", maxLength: 20, nullable: false, defaultValue: "NotQuoted");
        migrationBuilder.AddColumn<bool>("PhotoConsent", "Memberships", nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<string>("Offers", "Memberships", maxLength: 1000, nullable: true);
        migrationBuilder.AddColumn<string>("LookingFor", "Memberships", maxLength: 1000, nullable: true);

        migrationBuilder.CreateTable(
            name: "CharterVersions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CommunityId = table.Column<Guid>(nullable: false),
                Number = table.Column<int>(nullable: false),
                AuthorId = table.Column<Guid>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(type: timestamp, nullable: false),
                Note = table.Column<string>(maxLength: 200, nullable: false),
                CreditedToId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CharterVersions", x => x.Id);
                table.ForeignKey("FK_CharterVersions_Communities_CommunityId", x => x.CommunityId, "Communities", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_CharterVersions_People_AuthorId", x => x.AuthorId, "People", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_CharterVersions_People_CreditedToId", x => x.CreditedToId, "People", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "CharterSections",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                VersionId = table.Column<Guid>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Key = table.Column<string>(maxLength: 60, nullable: false),
                Title = table.Column<string>(maxLength: 120, nullable: false),
                Body = table.Column<string>(maxLength: 20000, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CharterSections", x => x.Id);
                table.ForeignKey("FK_CharterSections_CharterVersions_VersionId", x => x.VersionId, "CharterVersions", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "DiscussionPrinciples",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                VersionId = table.Column<Guid>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Name = table.Column<string>(maxLength: 60, nullable: false),
                Description = table.Column<string>(maxLength: 300, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DiscussionPrinciples", x => x.Id);
                table.ForeignKey("FK_DiscussionPrinciples_CharterVersions_VersionId", x => x.VersionId, "CharterVersions", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "CharterSuggestions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CommunityId = table.Column<Guid>(nullable: false),
                SectionKey = table.Column<string>(maxLength: 60, nullable: false),
                BasedOnVersion = table.Column<int>(nullable: false),
                ProposedBody = table.Column<string>(maxLength: 20000, nullable: false),
                Reason = table.Column<string>(maxLength: 1000, nullable: false),
                AuthorId = table.Column<Guid>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(type: timestamp, nullable: false),
                SubmissionKey = table.Column<Guid>(nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                DecidedById = table.Column<Guid>(nullable: true),
                DecidedAt = table.Column<DateTimeOffset>(type: timestamp, nullable: true),
                DeclineReason = table.Column<string>(maxLength: 1000, nullable: true),
                AcceptedAsVersion = table.Column<int>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CharterSuggestions", x => x.Id);
                table.ForeignKey("FK_CharterSuggestions_Communities_CommunityId", x => x.CommunityId, "Communities", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_CharterSuggestions_People_AuthorId", x => x.AuthorId, "People", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ToBeConfirmed",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CommunityId = table.Column<Guid>(nullable: false),
                SectionKey = table.Column<string>(maxLength: 60, nullable: false),
                Text = table.Column<string>(maxLength: 500, nullable: false),
                DueOn = table.Column<DateOnly>(nullable: false),
                ConfirmedWith = table.Column<string>(maxLength: 200, nullable: false),
                CreatedById = table.Column<Guid>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(type: timestamp, nullable: false),
                ConfirmedAt = table.Column<DateTimeOffset>(type: timestamp, nullable: true),
                Outcome = table.Column<string>(maxLength: 500, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ToBeConfirmed", x => x.Id);
                table.ForeignKey("FK_ToBeConfirmed_Communities_CommunityId", x => x.CommunityId, "Communities", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "IdentityOptions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CommunityId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                Position = table.Column<int>(nullable: false),
                IsPriority = table.Column<bool>(nullable: false),
                RetiredAt = table.Column<DateTimeOffset>(type: timestamp, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_IdentityOptions", x => x.Id);
                table.ForeignKey("FK_IdentityOptions_Communities_CommunityId", x => x.CommunityId, "Communities", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "MemberIdentities",
            columns: table => new
            {
                MembershipId = table.Column<Guid>(nullable: false),
                IdentityOptionId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MemberIdentities", x => new { x.MembershipId, x.IdentityOptionId });
                table.ForeignKey("FK_MemberIdentities_IdentityOptions_IdentityOptionId", x => x.IdentityOptionId, "IdentityOptions", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_MemberIdentities_Memberships_MembershipId", x => x.MembershipId, "Memberships", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "SubGroups",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CommunityId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Purpose = table.Column<string>(maxLength: 1000, nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(type: timestamp, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SubGroups", x => x.Id);
                table.ForeignKey("FK_SubGroups_Communities_CommunityId", x => x.CommunityId, "Communities", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "SubGroupMembers",
            columns: table => new
            {
                SubGroupId = table.Column<Guid>(nullable: false),
                MembershipId = table.Column<Guid>(nullable: false),
                JoinedAt = table.Column<DateTimeOffset>(type: timestamp, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SubGroupMembers", x => new { x.SubGroupId, x.MembershipId });
                table.ForeignKey("FK_SubGroupMembers_Memberships_MembershipId", x => x.MembershipId, "Memberships", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_SubGroupMembers_SubGroups_SubGroupId", x => x.SubGroupId, "SubGroups", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Invitations",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CommunityId = table.Column<Guid>(nullable: false),
                Email = table.Column<string>(maxLength: 254, nullable: false),
                Role = table.Column<string>(maxLength: 20, nullable: false),
                InLivedExpertGroup = table.Column<bool>(nullable: false),
                TokenHash = table.Column<string>(maxLength: 64, nullable: false),
                InvitedById = table.Column<Guid>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(type: timestamp, nullable: false),
                SentAt = table.Column<DateTimeOffset>(type: timestamp, nullable: false),
                ExpiresAt = table.Column<DateTimeOffset>(type: timestamp, nullable: false),
                AcceptedAt = table.Column<DateTimeOffset>(type: timestamp, nullable: true),
                AcceptedById = table.Column<Guid>(nullable: true),
                RevokedAt = table.Column<DateTimeOffset>(type: timestamp, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Invitations", x => x.Id);
                table.ForeignKey("FK_Invitations_Communities_CommunityId", x => x.CommunityId, "Communities", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Invitations_People_InvitedById", x => x.InvitedById, "People", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "JoinRequests",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CommunityId = table.Column<Guid>(nullable: false),
                PersonId = table.Column<Guid>(nullable: false),
                Message = table.Column<string>(maxLength: 1000, nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(type: timestamp, nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                DecidedById = table.Column<Guid>(nullable: true),
                DecidedAt = table.Column<DateTimeOffset>(type: timestamp, nullable: true),
                DeclineReason = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_JoinRequests", x => x.Id);
                table.ForeignKey("FK_JoinRequests_Communities_CommunityId", x => x.CommunityId, "Communities", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_JoinRequests_People_PersonId", x => x.PersonId, "People", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ConsentChanges",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MembershipId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                Value = table.Column<string>(maxLength: 20, nullable: false),
                At = table.Column<DateTimeOffset>(type: timestamp, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ConsentChanges", x => x.Id);
                table.ForeignKey("FK_ConsentChanges_Memberships_MembershipId", x => x.MembershipId, "Memberships", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_CharterSections_VersionId_Key", "CharterSections", ["VersionId", "Key"], unique: true);
        migrationBuilder.CreateIndex("IX_CharterSuggestions_AuthorId", "CharterSuggestions", "AuthorId");
        migrationBuilder.CreateIndex("IX_CharterSuggestions_CommunityId_Status", "CharterSuggestions", ["CommunityId", "Status"]);
        migrationBuilder.CreateIndex("IX_CharterSuggestions_SubmissionKey", "CharterSuggestions", "SubmissionKey", unique: true);
        migrationBuilder.CreateIndex("IX_CharterVersions_AuthorId", "CharterVersions", "AuthorId");
        migrationBuilder.CreateIndex("IX_CharterVersions_CommunityId_Number", "CharterVersions", ["CommunityId", "Number"], unique: true);
        migrationBuilder.CreateIndex("IX_CharterVersions_CreditedToId", "CharterVersions", "CreditedToId");
        migrationBuilder.CreateIndex("IX_ConsentChanges_MembershipId_At", "ConsentChanges", ["MembershipId", "At"]);
        migrationBuilder.CreateIndex("IX_DiscussionPrinciples_VersionId_Position", "DiscussionPrinciples", ["VersionId", "Position"]);
        migrationBuilder.CreateIndex("IX_IdentityOptions_CommunityId_Position", "IdentityOptions", ["CommunityId", "Position"]);
        migrationBuilder.CreateIndex("IX_Invitations_CommunityId_Email", "Invitations", ["CommunityId", "Email"]);
        migrationBuilder.CreateIndex("IX_Invitations_InvitedById", "Invitations", "InvitedById");
        migrationBuilder.CreateIndex("IX_Invitations_TokenHash", "Invitations", "TokenHash", unique: true);
        migrationBuilder.CreateIndex("IX_JoinRequests_CommunityId_Status", "JoinRequests", ["CommunityId", "Status"]);
        migrationBuilder.CreateIndex("IX_JoinRequests_PersonId", "JoinRequests", "PersonId");
        migrationBuilder.CreateIndex("IX_MemberIdentities_IdentityOptionId", "MemberIdentities", "IdentityOptionId");
        migrationBuilder.CreateIndex("IX_SubGroupMembers_MembershipId", "SubGroupMembers", "MembershipId");
        migrationBuilder.CreateIndex("IX_SubGroups_CommunityId", "SubGroups", "CommunityId");
        migrationBuilder.CreateIndex("IX_ToBeConfirmed_CommunityId", "ToBeConfirmed", "CommunityId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[]
        {
            "ConsentChanges", "JoinRequests", "Invitations", "SubGroupMembers", "SubGroups", "MemberIdentities", "IdentityOptions",
            "ToBeConfirmed", "CharterSuggestions", "DiscussionPrinciples", "CharterSections", "CharterVersions",
        })
        {
            migrationBuilder.DropTable(table);
        }

        foreach (var column in new[]
        {
            "LeftAt", "Organisation", "JobRole", "Naming", "AccessNeeds", "OtherAccessNeeds", "ContactConsent", "QuoteConsent",
            "PhotoConsent", "Offers", "LookingFor",
        })
        {
            migrationBuilder.DropColumn(column, "Memberships");
        }
    }
}
