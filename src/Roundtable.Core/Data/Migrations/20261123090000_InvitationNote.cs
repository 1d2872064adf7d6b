using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Roundtable.Core.Data.Migrations;

// The co-lead's few words with an invitation, shown on the invitation page as well as in the
// email. Invitations already sent simply have none.
[DbContext(typeof(RoundtableDb))]
[Migration("20261123090000_InvitationNote")]
public class InvitationNote : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>("Note", "Invitations", maxLength: 1000, nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn("Note", "Invitations");
}
