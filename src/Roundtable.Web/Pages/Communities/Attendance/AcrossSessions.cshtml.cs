using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Attendance;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Attendance;

// The community's attendance and retention across its past sessions, as a chart and as a table
// with the same numbers: how many came, who was new, and how many stayed. Counts only, never names.
public class AcrossSessionsModel(CurrentCommunity current, AttendanceFigures figures, TimeProvider clock) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public Community Community { get; private set; } = null!;

    public IReadOnlyList<SessionFigures> Sessions { get; private set; } = [];

    public bool CanRecord { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var place = (await current.FindAsync(Slug, User, cancellationToken))!;
        Community = place.Community;
        CanRecord = place.Allows(Core.Communities.CommunityRole.Facilitator);
        var now = clock.GetUtcNow();
        Sessions = (await figures.ForCommunityAsync(Community.Id, cancellationToken)).Where(s => s.StartsAt <= now).ToList();
    }

    public AttendanceChart Chart => new(Sessions.Where(s => s.Recorded).ToList());

    // The first session anyone came to, which "held from" counts from.
    public int? FirstNumber => Sessions.Select(s => s.HeldFromFirst?.FromSession).FirstOrDefault(n => n is not null);
}
