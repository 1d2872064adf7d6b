using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.SignIn;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Account;

public class IndexModel(RoundtableDb db, SignedInSessions sessions, SignInManager<Person> signInManager) : PageModel
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

    // A lost phone, or a computer they forgot to sign out of: every session ends, this one too.
    public async Task<IActionResult> OnPostSignOutEverywhereAsync(CancellationToken cancellationToken)
    {
        await sessions.EndAllAsync(User.PersonId()!.Value, cancellationToken);
        await signInManager.SignOutAsync();
        TempData.Notify("You have signed out on every device, including this one.");
        return LocalRedirect("/");
    }
}
