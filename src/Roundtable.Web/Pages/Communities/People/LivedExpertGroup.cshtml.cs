using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.People;

// The lived-expert group's own page: who is in it. Outside the group (and its co-leads) the
// page answers "not found", so even the list of who belongs stays private.
public class LivedExpertGroupModel(CurrentCommunity current, RoundtableDb db) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public Community Community { get; private set; } = null!;

    public bool YouAreIn { get; private set; }

    public IReadOnlyList<string> Members { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var place = (await current.FindAsync(Slug, User, cancellationToken))!;
        Community = place.Community;
        YouAreIn = place.Membership is { InLivedExpertGroup: true };
        var members = await db.Memberships.AsNoTracking()
            .Where(m => m.CommunityId == Community.Id && m.LeftAt == null && m.InLivedExpertGroup)
            .OrderBy(m => m.JoinedAt)
            .Select(m => new { m.Naming, m.Person.DisplayName, m.JobRole, m.Organisation, m.Role })
            .ToListAsync(cancellationToken);
        Members = members
            .Select(m => MemberNames.AsTheyChose(m.Naming, m.DisplayName, m.JobRole, m.Organisation) + (m.Role == CommunityRole.CoLead ? " (co-lead)" : ""))
            .ToList();
    }
}
