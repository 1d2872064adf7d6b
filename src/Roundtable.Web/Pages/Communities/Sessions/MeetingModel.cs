using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Attendance;
using Roundtable.Core.Breakouts;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.RunningOrders;
using Roundtable.Core.Sessions;
using Roundtable.Core.SignUps;
using Roundtable.Core.Themes;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Sessions;

// One session or preparation meeting, as the people who may see it see it. The two pages differ
// only in their route, who may open them (see Conventions) and which kind of meeting they find.
public abstract class MeetingModel(
    CurrentCommunity current, SessionOverviews overviews, SigningUp signingUp, AttendanceFigures figures, BreakoutGroups breakouts, CommunityThemes themes, TimeProvider clock)
    : PageModel
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

    // Only members have a place to sign up with: a site admin who is not one is told how to join.
    public bool CanSignUp => Here.Membership is not null;

    // The signed-in member's booked or waiting place at this session, if they have one.
    public SignUp? Yours { get; private set; }

    public int? PlaceInQueue { get; private set; }

    public bool IsFull => !SigningUp.HasRoom(Meeting.Capacity, Booked);

    // Who came, for members, once the session has started; null before then, and for a cancelled session.
    public SessionFigures? Figures { get; private set; }

    // The member's own breakout group, once groups have been made and they are in one.
    public BreakoutGroups.YourGroup? YourGroup { get; private set; }

    public IReadOnlyList<RunningOrderItem> RunningOrder { get; private set; } = [];

    // What we heard: the themes heard at this meeting, for members; null for anyone else.
    public ThemeBook? Themes { get; private set; }

    public bool IsCoLead => Here.Allows(CommunityRole.CoLead);

    public RunningOrderTiming Timing => new(RunningOrder.Sum(i => i.Minutes), RunningOrderRules.LengthInMinutes(Meeting));

    public string Path(string rest = "") => SessionWords.Path(Community.Slug, Meeting, rest);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Here = (await current.FindAsync(Slug, User, cancellationToken))!;
        if (await overviews.FindAsync(Community.Id, Kind, Number, cancellationToken) is not { } overview
            || !SessionAccess.CanSee(overview.Meeting.Kind, Here.Membership))
        {
            return NotFound();
        }

        var meeting = Meeting = overview.Meeting;
        Booked = overview.Booked;
        if (Kind == SessionKind.Session && Here.Membership is { } membership)
        {
            await LoadYoursAsync(meeting, membership.PersonId, cancellationToken);
        }

        ShowsMeetingLink = Kind == SessionKind.PreparationMeeting || Yours is { Status: SignUpStatus.Booked };
        // The running order is the members' own plan for the session.
        RunningOrder = IsMember ? meeting.RunningOrder.OrderBy(i => i.Position).ToList() : [];
        if (Kind == SessionKind.Session && IsMember && meeting.StartsAt <= clock.GetUtcNow())
        {
            Figures = await figures.ForSessionAsync(meeting, cancellationToken);
        }

        if (IsMember)
        {
            Themes = await themes.ReadAsync(Community.Id, Here.Membership, cancellationToken);
        }

        return Page();
    }

    private async Task LoadYoursAsync(Session meeting, Guid personId, CancellationToken cancellationToken)
    {
        var signUp = await signingUp.FindAsync(meeting.Id, personId, cancellationToken);
        if (signUp is { Status: SignUpStatus.Booked or SignUpStatus.Waiting })
        {
            Yours = signUp;
            PlaceInQueue = signUp.Status == SignUpStatus.Waiting ? await signingUp.PlaceInQueueAsync(signUp, cancellationToken) : null;
        }

        YourGroup = await breakouts.YourGroupAsync(meeting, personId, cancellationToken);
    }
}
