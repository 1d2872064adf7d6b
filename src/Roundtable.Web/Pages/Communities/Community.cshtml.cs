using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities;

public class CommunityModel(CurrentCommunity current, RoundtableDb db) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public CurrentCommunity.Place Here { get; private set; } = null!;

    public IReadOnlyList<string> CoLeads { get; private set; } = [];

    public int MemberCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await current.FindAsync(Slug, User, cancellationToken) is not { } here)
        {
            return NotFound();
        }

        Here = here;
        var members = db.Memberships.AsNoTracking().Where(m => m.CommunityId == here.Community.Id && m.LeftAt == null);
        CoLeads = await members
            .Where(m => m.Role == CommunityRole.CoLead)
            .OrderBy(m => m.JoinedAt).ThenBy(m => m.Person.DisplayName)
            .Select(m => m.Person.DisplayName ?? "A co-lead")
            .ToListAsync(cancellationToken);
        MemberCount = await members.CountAsync(cancellationToken);
        return Page();
    }
}
