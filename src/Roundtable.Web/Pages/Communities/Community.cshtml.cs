using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Attendance;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Web.Hosting;
using Roundtable.Web.Pages.Communities.People;
using Roundtable.Web.Pages.Communities.Sessions;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities;

// Kept whole for visitors who are not signed in: see AnonymousPages.
[OutputCache(PolicyName = AnonymousPages.Policy)]
public class CommunityModel(CurrentCommunity current, RoundtableDb db, AttendanceFigures figures, TimeProvider clock) : PageModel
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

    public string? AttendanceSummary { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await current.FindAsync(Slug, User, cancellationToken) is not { } here)
        {
            return NotFound();
        }

        Here = here;
        var communityId = here.Community.Id;
        var members = db.Memberships.AsNoTracking().Where(m => m.CommunityId == communityId && m.LeftAt == null);
        // Only what naming them needs, not each co-lead's whole membership and account.
        var coLeads = await members.Where(m => m.Role == CommunityRole.CoLead)
            .OrderBy(m => m.JoinedAt)
            .Select(m => new { m.Naming, m.Person.DisplayName, m.JobRole, m.Organisation })
            .ToListAsync(cancellationToken);
        CoLeads = coLeads.Select(c => MemberNames.AsTheyChose(c.Naming, c.DisplayName, c.JobRole, c.Organisation)).ToList();
        MemberCount = await members.CountAsync(cancellationToken);
        Principles = await db.DiscussionPrinciples.AsNoTracking()
            .Where(p => p.VersionId == db.CharterVersions.Where(v => v.CommunityId == communityId).OrderByDescending(v => v.Number).Select(v => v.Id).FirstOrDefault())
            .OrderBy(p => p.Position)
            .ToListAsync(cancellationToken);

        if (ShowsSessions)
        {
            var now = clock.GetUtcNow();
            NextSession = await db.Sessions.AsNoTracking()
                .Where(s => s.CommunityId == communityId && s.Kind == SessionKind.Session && s.Status == SessionStatus.Scheduled && s.EndsAt > now)
                .OrderBy(s => s.StartsAt)
                .FirstOrDefaultAsync(cancellationToken);
            AttendanceSummary = SessionsView.AttendanceSummary(await figures.ForCommunityAsync(communityId, cancellationToken), now);
        }

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
