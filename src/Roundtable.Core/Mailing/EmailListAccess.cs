using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.People;

namespace Roundtable.Core.Mailing;

// Only a community's co-leads (and site admins, who may act as one anywhere) manage its email
// list and send to it. Asked here as well as at the door, so every caller of the use cases is held to it.
public static class EmailListAccess
{
    public const string NotACoLead = "Only the community's co-leads can manage its email list and send to it";

    public static async Task<bool> MayManageAsync(RoundtableDb db, Guid communityId, Guid personId, CancellationToken cancellationToken)
    {
        var role = await db.Memberships
            .Where(m => m.CommunityId == communityId && m.PersonId == personId && m.LeftAt == null)
            .Select(m => (CommunityRole?)m.Role)
            .SingleOrDefaultAsync(cancellationToken);
        var isSiteAdmin = role != CommunityRole.CoLead && await db.UserRoles.AnyAsync(
            ur => ur.UserId == personId && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == SiteRoles.Admin), cancellationToken);
        return CommunityAccess.Allows(role, isSiteAdmin, CommunityRole.CoLead);
    }
}
