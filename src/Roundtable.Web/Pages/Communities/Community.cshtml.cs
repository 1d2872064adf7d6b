using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Hosting;
using Roundtable.Web.Pages.Communities.People;
using Roundtable.Web.Pages.Communities.Sessions;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities;

// Kept whole for visitors who are not signed in: see AnonymousPages.
[OutputCache(PolicyName = AnonymousPages.Policy)]
public class CommunityModel(CurrentCommunity current, CommunityOverviews overviews, RoundtableDb db, TimeProvider clock) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public CurrentCommunity.Place Here { get; private set; } = null!;

    // Named as each chose to be named, all alike: lived experience and professional co-leads equally.
    public IReadOnlyList<string> CoLeads { get; private set; } = [];

    public int MemberCount { get; private set; }

    public IReadOnlyList<DiscussionPrinciple> Principles { get; private set; } = [];

    public CommunityAttention? Attention { get; private set; }

    // For co-leads only: "who should be here?" in brief, counts never names.
    public PrioritiesSummary? Priorities { get; private set; }

    public JoinRequest? YourRequest { get; private set; }

    public bool IsCoLead => Here.Allows(CommunityRole.CoLead);

    // For members: the next session to come to, and attendance so far in a line.
    public bool ShowsSessions => Here.Allows(CommunityRole.Member);

    public Session? NextSession { get; private set; }

    // Published reports the co-leads made public: listed for everyone.
    public IReadOnlyList<Report> PublicReports { get; private set; } = [];

    public string? AttendanceSummary { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await current.FindAsync(Slug, User, cancellationToken) is not { } here)
        {
            return NotFound();
        }

        Here = here;
        var communityId = here.Community.Id;
        var overview = await overviews.ForAsync(communityId, cancellationToken);
        (CoLeads, MemberCount, Principles) = (overview.CoLeads, overview.MemberCount, overview.Principles);
        if (ShowsSessions)
        {
            NextSession = overview.NextSession;
            AttendanceSummary = SessionsView.AttendanceSummary(overview.Attendance, clock.GetUtcNow());
        }

        PublicReports = await db.Reports.AsNoTracking()
            .Where(r => r.CommunityId == communityId && r.IsPublic && r.Versions.Any(v => v.PublishedAt != null))
            .OrderByDescending(r => r.CreatedAt)
            .ToListAsync(cancellationToken);
        if (IsCoLead)
        {
            var today = UkTime.Today(clock);
            Attention = await CommunityAttention.ForAsync(db, communityId, today, cancellationToken);
            Priorities = await PrioritiesSummary.LoadAsync(db, here.Community, cancellationToken);
        }
        else if (here.Role is null && User.PersonId() is { } personId)
        {
            YourRequest = await db.JoinRequests.AsNoTracking()
                .Where(r => r.CommunityId == communityId && r.PersonId == personId)
                .OrderByDescending(r => r.CreatedAt)
                .FirstOrDefaultAsync(cancellationToken);
        }

        return Page();
    }
}
