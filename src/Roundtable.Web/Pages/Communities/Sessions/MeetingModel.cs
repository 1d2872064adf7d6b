using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Sessions;

// One session or preparation meeting, as the people who may see it see it. The two pages differ
// only in their route, who may open them (see Conventions) and which kind of meeting they find.
public abstract class MeetingModel(CurrentCommunity current, SessionSchedule schedule, TimeProvider clock) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [FromRoute]
    public int Number { get; set; }

    public abstract SessionKind Kind { get; }

    public CurrentCommunity.Place Here { get; private set; } = null!;

    public Community Community => Here.Community;

    public Session Meeting { get; private set; } = null!;

    public int Booked { get; private set; }

    public int? PlacesLeft => Meeting.Capacity is { } capacity ? Math.Max(0, capacity - Booked) : null;

    // The meeting link is for people with a place. A preparation meeting is private to the
    // people who may open its page, who are all invited, so they all see it.
    public bool ShowsMeetingLink { get; private set; }

    public bool IsMember => Here.Allows(CommunityRole.Member);

    public bool IsFacilitator => Here.Allows(CommunityRole.Facilitator);

    // Facilitators change sessions; a preparation meeting is changed by the co-leads who support the group.
    public bool CanEdit => Here.Allows(Kind == SessionKind.Session ? CommunityRole.Facilitator : CommunityRole.CoLead);

    public bool HasEnded => Meeting.EndsAt <= clock.GetUtcNow();

    public IReadOnlyList<RunningOrderItem> RunningOrder { get; private set; } = [];

    public RunningOrderTiming Timing => new(RunningOrder.Sum(i => i.Minutes), RunningOrders.LengthInMinutes(Meeting));

    public string Path(string rest = "") => SessionsView.Path(Community.Slug, Meeting, rest);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Here = (await current.FindAsync(Slug, User, cancellationToken))!;
        var meeting = await schedule.FindAsync(Community.Id, Kind, Number, cancellationToken);
        if (meeting is null || !SessionAccess.CanSee(meeting.Kind, Here.Membership))
        {
            return NotFound();
        }

        Meeting = meeting;
        Booked = await schedule.BookedCountAsync(meeting.Id, cancellationToken);
        ShowsMeetingLink = Kind == SessionKind.PreparationMeeting || await schedule.IsBookedAsync(meeting.Id, User.PersonId(), cancellationToken);
        // The running order is the members' own plan for the session.
        RunningOrder = IsMember ? meeting.RunningOrder.OrderBy(i => i.Position).ToList() : [];
        return Page();
    }
}
