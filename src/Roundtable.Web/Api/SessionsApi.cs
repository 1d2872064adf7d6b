using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.RunningOrders;
using Roundtable.Core.Sessions;
using Roundtable.Web.Security;

namespace Roundtable.Web.Api;

// A community's sessions and preparation meetings, as the session pages show them: anyone who may
// see the community sees its sessions; preparation meetings are for the lived-expert group and the
// co-leads, and are "not found" to everyone else, site admins included. Facilitators change and
// cancel sessions; co-leads of the group change and cancel preparation meetings.
public static class SessionsApi
{
    // Times as stored (UTC), and the date and clock times as people in the UK read them.
    public sealed record SessionSummary(
        SessionKind Kind,
        int Number,
        string Title,
        string? Topic,
        DateTimeOffset StartsAt,
        DateTimeOffset EndsAt,
        DateOnly Date,
        string StartTime,
        string EndTime,
        SessionFormat Format,
        SessionStatus Status,
        int? Capacity,
        int Booked);

    // MeetingLink is left out for callers without a place (any preparation meeting's people see it).
    // Version is what a change sends back, so that nobody's change is silently overwritten.
    public sealed record SessionDetail(
        SessionKind Kind,
        int Number,
        string Title,
        string? Topic,
        DateTimeOffset StartsAt,
        DateTimeOffset EndsAt,
        DateOnly Date,
        string StartTime,
        string EndTime,
        int LengthInMinutes,
        SessionFormat Format,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? MeetingLink,
        string? Venue,
        string? Directions,
        bool? StepFreeAccess,
        bool? QuietRoom,
        int? Capacity,
        int Booked,
        int? PlacesLeft,
        SessionStatus Status,
        string? CancelReason,
        string Version);

    public sealed record CancelRequest(string? Reason);

    public sealed record CancelledMeeting(int PeopleEmailed, SessionDetail Meeting);

    public static RouteGroupBuilder MapSessionsApi(this RouteGroupBuilder community)
    {
        community.MapGet("/sessions", ListAsync)
            .RequireAuthorization(Policies.CommunityVisitor)
            .WithName("ListSessions")
            .WithSummary("The community's sessions, soonest first; with its preparation meetings for the lived-expert group and co-leads.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapGet("/sessions/{number:int}", GetSessionAsync)
            .RequireAuthorization(Policies.CommunityVisitor)
            .WithName("GetSession")
            .WithSummary("One session: its topic, when, its format and places. The meeting link only for people with a place.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapPatch("/sessions/{number:int}", ChangeSessionAsync)
            .RequireAuthorization(Policies.CommunityFacilitator)
            .WithName("ChangeSession")
            .WithSummary("Change one session (move it, its topic, format or places), leaving the rest of its series as it was.")
            .WithDescription(ChangeDescription)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        community.MapPost("/sessions/{number:int}/cancel", CancelSessionAsync)
            .RequireAuthorization(Policies.CommunityFacilitator)
            .WithName("CancelSession")
            .WithSummary("Cancel one session, with the reason, and email everyone with a place or waiting for one.")
            .WithDescription(CancelDescription)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapGet("/preparation-meetings/{number:int}", GetPreparationMeetingAsync)
            .RequireAuthorization(Policies.LivedExpertGroup)
            .WithName("GetPreparationMeeting")
            .WithSummary("One of the lived-expert group's preparation meetings. Not found to anyone outside the group and its co-leads.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapPatch("/preparation-meetings/{number:int}", ChangePreparationMeetingAsync)
            .RequireAuthorization(Policies.LivedExpertGroup, Policies.CommunityCoLead)
            .WithName("ChangePreparationMeeting")
            .WithSummary("Change one preparation meeting: for the co-leads who support the lived-expert group.")
            .WithDescription(ChangeDescription)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        community.MapPost("/preparation-meetings/{number:int}/cancel", CancelPreparationMeetingAsync)
            .RequireAuthorization(Policies.LivedExpertGroup, Policies.CommunityCoLead)
            .WithName("CancelPreparationMeeting")
            .WithSummary("Cancel one preparation meeting, with the reason, leaving the rest of its series as it was.")
            .WithDescription(CancelDescription)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return community;
    }

    private const string ChangeDescription =
        "A merge patch: a property left out keeps its value, one sent as null clears it (capacity null: no limit). " +
        "date, startTime and endTime are UK date and times (\"14:00\" or \"2pm\"). Send the version you last read to be told " +
        "(409) if someone else changed it since; without one, the change applies to the meeting as it is now. A capacity " +
        "below the places already booked is refused with the count. Sending the same change twice changes it once.";

    private const string CancelDescription =
        "Cancelling one meeting leaves the rest of its series as it was. Cancelling it again answers 200 and emails nobody twice.";

    public static string Path(string slug, SessionKind kind, int number) =>
        $"/api/v1/communities/{slug}/{(kind == SessionKind.Session ? "sessions" : "preparation-meetings")}/{number}";

    // The session a request names, or null: a session the community does not have, or a
    // preparation meeting the caller may not know of (the policies already turn most away).
    internal static async Task<(CurrentCommunity.Place Here, Session? Meeting)> FindAsync(
        string slug, SessionKind kind, int number, HttpContext http, CurrentCommunity current, SessionSchedule schedule,
        CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        var meeting = await schedule.FindAsync(here.Community.Id, kind, number, cancellationToken);
        return (here, meeting is not null && SessionAccess.CanSee(meeting.Kind, here.Membership) ? meeting : null);
    }

    internal static ProblemHttpResult NoSuch(SessionKind kind, int number) =>
        ApiProblems.NotFound($"This community has no {SessionWords.Name(kind, number).ToLowerInvariant()}.");

    private static SessionSummary Summary(Session s, int booked) => new(
        s.Kind, s.Number, SessionWords.Name(s), s.Topic, s.StartsAt, s.EndsAt, UkTimeZone.DateOf(s.StartsAt),
        SessionWords.Time(s.StartsAt), SessionWords.Time(s.EndsAt), s.Format, s.Status, s.Capacity, booked);

    internal static async Task<SessionDetail> DetailAsync(Session s, HttpContext http, SessionSchedule schedule, CancellationToken cancellationToken)
    {
        var booked = await schedule.BookedCountAsync(s.Id, cancellationToken);
        // As the session page: the link is for people with a place; a preparation meeting's
        // people are all invited, so they all see it.
        var showsLink = s.Kind == SessionKind.PreparationMeeting || await schedule.IsBookedAsync(s.Id, http.User.PersonId(), cancellationToken);
        return new SessionDetail(
            s.Kind, s.Number, SessionWords.Name(s), s.Topic, s.StartsAt, s.EndsAt, UkTimeZone.DateOf(s.StartsAt),
            SessionWords.Time(s.StartsAt), SessionWords.Time(s.EndsAt), RunningOrderRules.LengthInMinutes(s), s.Format,
            showsLink ? s.MeetingLink : null, s.Venue, s.Directions, s.StepFreeAccess, s.QuietRoom,
            s.Capacity, booked, s.Capacity is { } places ? Math.Max(0, places - booked) : null,
            s.Status, s.CancelReason, SessionSchedule.VersionOf(s));
    }

    private static async Task<Ok<List<SessionSummary>>> ListAsync(
        string slug, HttpContext http, CurrentCommunity current, RoundtableDb db, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        return TypedResults.Ok(await SummariesAsync(db, db.Sessions.Where(s => s.CommunityId == here.Community.Id).VisibleTo(here.Membership), cancellationToken));
    }

    // The meetings, soonest first, each with how many places are booked.
    internal static async Task<List<SessionSummary>> SummariesAsync(RoundtableDb db, IQueryable<Session> meetings, CancellationToken cancellationToken)
    {
        var found = await meetings.AsNoTracking().ToListAsync(cancellationToken);
        var ids = found.Select(m => m.Id).ToList();
        var booked = await db.SignUps.AsNoTracking()
            .Where(s => ids.Contains(s.SessionId) && s.Status == SignUpStatus.Booked)
            .GroupBy(s => s.SessionId)
            .Select(g => new { SessionId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.SessionId, g => g.Count, cancellationToken);
        return found
            .OrderBy(s => s.StartsAt).ThenBy(s => s.Kind)
            .Select(s => Summary(s, booked.GetValueOrDefault(s.Id)))
            .ToList();
    }

    private static Task<Results<Ok<SessionDetail>, ProblemHttpResult>> GetSessionAsync(
        string slug, int number, HttpContext http, CurrentCommunity current, SessionSchedule schedule, CancellationToken cancellationToken) =>
        GetAsync(SessionKind.Session, slug, number, http, current, schedule, cancellationToken);

    private static Task<Results<Ok<SessionDetail>, ProblemHttpResult>> GetPreparationMeetingAsync(
        string slug, int number, HttpContext http, CurrentCommunity current, SessionSchedule schedule, CancellationToken cancellationToken) =>
        GetAsync(SessionKind.PreparationMeeting, slug, number, http, current, schedule, cancellationToken);

    private static async Task<Results<Ok<SessionDetail>, ProblemHttpResult>> GetAsync(
        SessionKind kind, string slug, int number, HttpContext http, CurrentCommunity current, SessionSchedule schedule, CancellationToken cancellationToken)
    {
        var (_, meeting) = await FindAsync(slug, kind, number, http, current, schedule, cancellationToken);
        return meeting is null ? NoSuch(kind, number) : TypedResults.Ok(await DetailAsync(meeting, http, schedule, cancellationToken));
    }

    private static Task<Results<Ok<SessionDetail>, ValidationProblem, ProblemHttpResult>> ChangeSessionAsync(
        string slug, int number, SessionChange change, HttpContext http, CurrentCommunity current, SessionSchedule schedule,
        CancellationToken cancellationToken) =>
        ChangeAsync(SessionKind.Session, slug, number, change, http, current, schedule, cancellationToken);

    private static Task<Results<Ok<SessionDetail>, ValidationProblem, ProblemHttpResult>> ChangePreparationMeetingAsync(
        string slug, int number, SessionChange change, HttpContext http, CurrentCommunity current, SessionSchedule schedule,
        CancellationToken cancellationToken) =>
        ChangeAsync(SessionKind.PreparationMeeting, slug, number, change, http, current, schedule, cancellationToken);

    private static async Task<Results<Ok<SessionDetail>, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        SessionKind kind, string slug, int number, SessionChange change, HttpContext http, CurrentCommunity current, SessionSchedule schedule,
        CancellationToken cancellationToken)
    {
        var (_, meeting) = await FindAsync(slug, kind, number, http, current, schedule, cancellationToken);
        if (meeting is null)
        {
            return NoSuch(kind, number);
        }

        var result = await schedule.ChangeAsync(meeting.Id, change.ApplyTo(SessionEdit.Of(meeting)), cancellationToken);
        switch (result.Outcome)
        {
            case SessionSchedule.Outcome.NotFound:
                return NoSuch(kind, number);
            case SessionSchedule.Outcome.Invalid:
                return ApiProblems.Invalid(result.Problems!);
            case SessionSchedule.Outcome.AlreadyCancelled:
                return ApiProblems.Conflict(result.Refusal!);
            case SessionSchedule.Outcome.ChangedMeanwhile:
                return ApiProblems.Conflict($"{result.Refusal} Fetch it again, check it, then send your change with its version.");
            case SessionSchedule.Outcome.CapacityBelowBooked:
                return ApiProblems.Invalid("capacity", result.Problem!, new Dictionary<string, object?> { ["booked"] = result.Booked });
        }

        return TypedResults.Ok(await DetailAsync(result.Current!, http, schedule, cancellationToken));
    }

    private static Task<Results<Ok<CancelledMeeting>, ValidationProblem, ProblemHttpResult>> CancelSessionAsync(
        string slug, int number, CancelRequest? input, HttpContext http, CurrentCommunity current, SessionSchedule schedule,
        CancellationToken cancellationToken) =>
        CancelAsync(SessionKind.Session, slug, number, input, http, current, schedule, cancellationToken);

    private static Task<Results<Ok<CancelledMeeting>, ValidationProblem, ProblemHttpResult>> CancelPreparationMeetingAsync(
        string slug, int number, CancelRequest? input, HttpContext http, CurrentCommunity current, SessionSchedule schedule,
        CancellationToken cancellationToken) =>
        CancelAsync(SessionKind.PreparationMeeting, slug, number, input, http, current, schedule, cancellationToken);

    private static async Task<Results<Ok<CancelledMeeting>, ValidationProblem, ProblemHttpResult>> CancelAsync(
        SessionKind kind, string slug, int number, CancelRequest? input, HttpContext http, CurrentCommunity current, SessionSchedule schedule,
        CancellationToken cancellationToken)
    {
        var (here, meeting) = await FindAsync(slug, kind, number, http, current, schedule, cancellationToken);
        if (meeting is null)
        {
            return NoSuch(kind, number);
        }

        var cancellation = await schedule.CancelAsync(meeting.Id, input?.Reason, cancellationToken);
        if (cancellation.Outcome == SessionSchedule.Outcome.Invalid)
        {
            return ApiProblems.Invalid(cancellation.Problems!);
        }

        var now = (await schedule.FindAsync(here.Community.Id, kind, number, cancellationToken))!;
        return TypedResults.Ok(new CancelledMeeting(cancellation.ToTell.Count, await DetailAsync(now, http, schedule, cancellationToken)));
    }
}
