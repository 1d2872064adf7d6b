using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;

namespace Roundtable.Core.DemoData;

public sealed class DemoDataLoader(RoundtableDb db, Accounts accounts, TimeProvider clock)
{
    // Loads only into an empty database, so a restart never duplicates anything and a real
    // installation that has communities of its own is never touched.
    public async Task<bool> LoadIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Communities.AnyAsync(cancellationToken))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var admin = await accounts.FindOrCreateAsync(DemoCommunities.AdminEmail);
        admin.DisplayName ??= "Demo site admin";
        await accounts.MakeSiteAdminAsync(admin);

        foreach (var demo in DemoCommunities.All)
        {
            var community = new Community
            {
                Slug = demo.Slug,
                Name = demo.Name,
                Purpose = demo.Purpose,
                Region = demo.Region,
                Contact = demo.Contact,
                Visibility = CommunityVisibility.Listed,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Communities.Add(community);
            foreach (var demoPerson in demo.People)
            {
                var person = await accounts.FindOrCreateAsync(demoPerson.Email);
                person.DisplayName ??= demoPerson.Name;
                db.Memberships.Add(new Membership
                {
                    CommunityId = community.Id,
                    PersonId = person.Id,
                    Role = demoPerson.Role,
                    InLivedExpertGroup = demoPerson.LivedExpertGroup,
                    JoinedAt = now,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
