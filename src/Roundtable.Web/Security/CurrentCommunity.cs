using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;

namespace Roundtable.Web.Security;

// The community a request is about, with the caller's place in it. Loaded once per request:
// the authorisation check and the page both ask for it.
public sealed class CurrentCommunity(RoundtableDb db)
{
    // Compiled once: every request about a community asks these (its authorisation first, even
    // when the page itself was kept), so they are not translated from LINQ every time.
    private static readonly Func<RoundtableDb, string, CancellationToken, Task<Community?>> CommunityBySlug =
        EF.CompileAsyncQuery((RoundtableDb db, string slug, CancellationToken _) => db.Communities.SingleOrDefault(c => c.Slug == slug));

    private static readonly Func<RoundtableDb, Guid, Guid, CancellationToken, Task<Membership?>> MembershipOf =
        EF.CompileAsyncQuery((RoundtableDb db, Guid communityId, Guid personId, CancellationToken _) =>
            db.Memberships.SingleOrDefault(m => m.CommunityId == communityId && m.PersonId == personId && m.LeftAt == null));

    private readonly Dictionary<string, Place?> loaded = new(StringComparer.Ordinal);

    public sealed record Place(Community Community, Membership? Membership, bool IsSiteAdmin)
    {
        public CommunityRole? Role => Membership?.Role;

        public bool CanSee => CommunityAccess.CanSee(Community.Visibility, Role, IsSiteAdmin);

        public bool Allows(CommunityRole minimum) => CommunityAccess.Allows(Role, IsSiteAdmin, minimum);

        public bool InLivedExpertSpace => CommunityAccess.InLivedExpertSpace(Membership);
    }

    public async Task<Place?> FindAsync(string? slug, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(slug))
        {
            return null;
        }

        if (loaded.TryGetValue(slug, out var place))
        {
            return place;
        }

        var community = await CommunityBySlug(db, slug, cancellationToken);
        if (community is not null)
        {
            var membership = user.PersonId() is { } personId
                ? await MembershipOf(db, community.Id, personId, cancellationToken)
                : null;
            place = new Place(community, membership, user.IsInRole(SiteRoles.Admin));
        }

        loaded[slug] = place;
        return place;
    }
}

public static class ClaimsPrincipalExtensions
{
    public static Guid? PersonId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
