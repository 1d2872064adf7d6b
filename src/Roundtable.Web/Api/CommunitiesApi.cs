using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.People;
using Roundtable.Web.Security;

namespace Roundtable.Web.Api;

public static class CommunitiesApi
{
    public static RouteGroupBuilder MapCommunitiesApi(this RouteGroupBuilder communities)
    {
        communities.MapGet("/", ListAsync)
            .WithName("ListCommunities")
            .WithSummary("The communities the caller can see: every listed community, and those they belong to.");
        return communities;
    }

    private static Task<List<CommunitySummary>> ListAsync(HttpContext http, RoundtableDb db, CancellationToken cancellationToken) =>
        db.ListVisibleAsync(http.User.PersonId()!.Value, http.User.IsInRole(SiteRoles.Admin), cancellationToken);
}
