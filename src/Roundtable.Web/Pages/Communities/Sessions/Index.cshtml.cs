using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Sessions;

// The community's sessions, coming up and past. Preparation meetings are listed among them only
// for the lived-expert group and the co-leads; nobody else learns they exist.
public class IndexModel(CurrentCommunity current, RoundtableDb db, TimeProvider clock) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public CurrentCommunity.Place Here { get; private set; } = null!;

    public IReadOnlyList<Session> Upcoming { get; private set; } = [];

    public IReadOnlyList<Session> Past { get; private set; } = [];

    public SessionTable UpcomingTable => new(Slug, "upcoming", "Sessions coming up, soonest first", Upcoming);

    public SessionTable PastTable => new(Slug, "past", "Past sessions, latest first", Past);

    public bool CanPlan => Here.Allows(CommunityRole.CoLead);

    public bool SeesPreparationMeetings => Here.InLivedExpertSpace;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Here = (await current.FindAsync(Slug, User, cancellationToken))!;
        var meetings = await db.Sessions.AsNoTracking()
            .Where(s => s.CommunityId == Here.Community.Id)
            .VisibleTo(Here.Membership)
            .OrderBy(s => s.StartsAt)
            .ThenBy(s => s.Kind)
            .ToListAsync(cancellationToken);
        // A session is past once it has ended.
        var now = clock.GetUtcNow();
        Upcoming = meetings.Where(s => s.EndsAt > now).ToList();
        Past = meetings.Where(s => s.EndsAt <= now).Reverse().ToList();
    }
}
