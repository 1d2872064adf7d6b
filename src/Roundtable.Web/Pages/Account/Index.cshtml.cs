using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Account;

public class IndexModel(RoundtableDb db) : PageModel
{
    public Person Person { get; private set; } = null!;

    public bool IsSiteAdmin => User.IsInRole(SiteRoles.Admin);

    public IReadOnlyList<Place> Places { get; private set; } = [];

    public sealed record Place(string Slug, string Name, CommunityRole Role, bool InLivedExpertGroup);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var personId = User.PersonId();
        Person = await db.Users.AsNoTracking().SingleAsync(p => p.Id == personId, cancellationToken);
        Places = await db.Memberships.AsNoTracking()
            .Where(m => m.PersonId == personId && m.LeftAt == null)
            .OrderBy(m => m.Community.Name)
            .Select(m => new Place(m.Community.Slug, m.Community.Name, m.Role, m.InLivedExpertGroup))
            .ToListAsync(cancellationToken);
    }
}
