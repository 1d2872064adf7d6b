using Roundtable.Core.Charter;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;

namespace Roundtable.Core.Communities;

// Starting a community: its details, the person who starts it as its first co-lead, the
// identities its members can choose from, and version 1 of its charter.
public sealed class CommunityFounding(RoundtableDb db, Charters charters, TimeProvider clock)
{
    public sealed record Details(string Slug, string Name, string Purpose, string Region, string? Contact, CommunityVisibility Visibility);

    // Adds everything to the context; the caller saves (and handles a slug taken meanwhile).
    public Community Found(Details details, Guid founderId)
    {
        var now = clock.GetUtcNow();
        var community = new Community
        {
            Slug = details.Slug,
            Name = details.Name,
            Purpose = details.Purpose,
            Region = details.Region,
            Contact = details.Contact,
            Visibility = details.Visibility,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Communities.Add(community);
        db.Memberships.Add(new Membership
        {
            CommunityId = community.Id,
            PersonId = founderId,
            Role = CommunityRole.CoLead,
            JoinedAt = now,
        });
        SetUp(community, founderId);
        return community;
    }

    // What every community starts with: the identities on offer and version 1 of its charter.
    public void SetUp(Community community, Guid authorId)
    {
        var position = 0;
        foreach (var option in IdentityDefaults.All)
        {
            db.IdentityOptions.Add(new IdentityOption
            {
                CommunityId = community.Id,
                Name = option.Name,
                Kind = option.Kind,
                Position = position++,
            });
        }

        charters.StartFirst(community, authorId);
    }
}
