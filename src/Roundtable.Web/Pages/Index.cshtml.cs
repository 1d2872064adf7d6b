using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.People;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages;

public class IndexModel(RoundtableDb db, ListedCommunities listed, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<CommunitySummary> Yours { get; private set; } = [];

    public IReadOnlyList<CommunitySummary> Others { get; private set; } = [];

    public bool MayStartCommunity { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<CommunitySummary> communities = User.PersonId() is { } personId
            ? await db.ListVisibleAsync(personId, User.IsInRole(SiteRoles.Admin), cancellationToken)
            : await listed.GetAsync(db, cancellationToken);
        MayStartCommunity = User.Identity?.IsAuthenticated == true &&
            (await authorization.AuthorizeAsync(User, Policies.CommunityFounder)).Succeeded;
        Yours = communities.Where(c => c.YourRole is not null).ToList();
        Others = communities.Where(c => c.YourRole is null).ToList();
    }
}
