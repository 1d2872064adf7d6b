using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.People;
using Roundtable.Web.Security;

namespace Roundtable.Web.Api;

public static class MeApi
{
    public sealed record Me(Guid Id, string Email, string? DisplayName, bool IsSiteAdmin, IReadOnlyList<MyCommunity> Communities);

    public sealed record MyCommunity(string Slug, string Name, CommunityRole Role, bool InLivedExpertGroup);

    public static RouteGroupBuilder MapMeApi(this RouteGroupBuilder me)
    {
        me.MapGet("/", GetMeAsync)
            .WithName("GetMe")
            .WithSummary("Who the token belongs to, and their place in each community.");
        return me;
    }

    private static async Task<Me> GetMeAsync(HttpContext http, RoundtableDb db, CancellationToken cancellationToken)
    {
        var personId = http.User.PersonId();
        var person = await db.Users.AsNoTracking().SingleAsync(p => p.Id == personId, cancellationToken);
        var communities = await db.Memberships.AsNoTracking()
            .Where(m => m.PersonId == personId && m.LeftAt == null)
            .OrderBy(m => m.Community.Name)
            .Select(m => new MyCommunity(m.Community.Slug, m.Community.Name, m.Role, m.InLivedExpertGroup))
            .ToListAsync(cancellationToken);
        return new Me(person.Id, person.Email ?? "", person.DisplayName, http.User.IsInRole(SiteRoles.Admin), communities);
    }
}
