using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Web.Security;
using static Roundtable.Web.Api.SessionsApi;

namespace Roundtable.Web.Api;

// Series of sessions with a rhythm: every few months on a pattern, or a list of dates, with or
// without the lived-expert group's preparation meetings in the months between. Co-leads plan them,
// as on the plan page; anything about preparation meetings is for the group and the co-leads.
public static class SeriesApi
{
    // Preparation and Warnings are left out entirely, not sent empty, where they do not apply.
    public sealed record SeriesDetail(
        Guid Id,
        string Name,
        RhythmKind Rhythm,
        int? IntervalMonths,
        DayOfWeek? Weekday,
        int? WeekOfMonth,
        string StartTime,
        string EndTime,
        SessionFormat Format,
        IReadOnlyList<SessionSummary> Sessions,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PreparationMeetings? Preparation,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Warnings);

    public sealed record PreparationMeetings(string StartTime, string EndTime, IReadOnlyList<SessionSummary> Meetings);

    // Week of the month: 1 to 4, or -1 for the last. Dates and times are as people in the UK read
    // them; times as "14:00" or "2pm".
    public sealed record NewSeries(
        Guid? Key,
        string? Name,
        RhythmKind? Rhythm,
        int? FirstYear,
        int? FirstMonth,
        int? IntervalMonths,
        DayOfWeek? Weekday,
        int? WeekOfMonth,
        int? Count,
        IReadOnlyList<DateOnly>? Dates,
        string? StartTime,
        string? EndTime,
        SessionFormat? Format,
        bool WithPreparationMeetings,
        string? PreparationStartTime,
        string? PreparationEndTime);

    public static RouteGroupBuilder MapSeriesApi(this RouteGroupBuilder series)
    {
        series.MapGet("/", ListAsync)
            .RequireAuthorization(Policies.CommunityVisitor)
            .WithName("ListSeries")
            .WithSummary("The community's series, oldest first, each with its rhythm and its sessions.")
            .WithDescription("preparation (the preparation meetings' times and dates) is included only for the lived-expert group and co-leads.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        series.MapGet("/{id:guid}", GetAsync)
            .RequireAuthorization(Policies.CommunityVisitor)
            .WithName("GetSeries")
            .WithSummary("One series, with its rhythm and its sessions.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        series.MapPost("/", PlanAsync)
            .RequireAuthorization(Policies.CommunityCoLead)
            .WithName("PlanSeries")
            .WithSummary("Plan a series: every few months on a pattern (the second Friday, every two months), or a list of dates.")
            .WithDescription(
                "For co-leads. rhythm EveryFewMonths takes firstYear, firstMonth, intervalMonths, weekday, weekOfMonth (1 to 4, or -1 " +
                "for the last) and count; ExplicitDates takes dates. With withPreparationMeetings, the lived-expert group's preparation " +
                "meetings go in the month before each session but the first. Sessions are numbered after the community's others. " +
                "Each date keeps its UK time across the change to and from summer time. Send a key of your choosing to make the " +
                "request safe to repeat: the same key again answers 200 with the series it made.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return series;
    }

    private static async Task<Ok<List<SeriesDetail>>> ListAsync(
        string slug, HttpContext http, CurrentCommunity current, RoundtableDb db, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        var series = await db.Series.AsNoTracking()
            .Where(s => s.CommunityId == here.Community.Id)
            .OrderBy(s => s.CreatedAt)
            .ToListAsync(cancellationToken);
        var details = new List<SeriesDetail>();
        foreach (var one in series)
        {
            details.Add(await DetailAsync(db, here, one, null, cancellationToken));
        }

        return TypedResults.Ok(details);
    }

    private static async Task<Results<Ok<SeriesDetail>, ProblemHttpResult>> GetAsync(
        string slug, Guid id, HttpContext http, CurrentCommunity current, RoundtableDb db, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        var series = await db.Series.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id && s.CommunityId == here.Community.Id, cancellationToken);
        return series is null
            ? ApiProblems.NotFound("This community has no such series.")
            : TypedResults.Ok(await DetailAsync(db, here, series, null, cancellationToken));
    }

    private static async Task<Results<Created<SeriesDetail>, Ok<SeriesDetail>, ValidationProblem>> PlanAsync(
        string slug, NewSeries input, HttpContext http, CurrentCommunity current, SeriesPlanner planner, RoundtableDb db,
        CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        var planned = await planner.PlanAsync(here.Community.Id, Plan(input), http.User.PersonId()!.Value, cancellationToken);
        if (planned.Outcome == SeriesPlanner.Outcome.Invalid)
        {
            return ApiProblems.Invalid(planned.Problems);
        }

        var series = await db.Series.AsNoTracking().SingleAsync(s => s.Id == planned.SeriesId, cancellationToken);
        var detail = await DetailAsync(db, here, series, planned.Outcome == SeriesPlanner.Outcome.Planned ? planned.Warnings : null, cancellationToken);
        return planned.Outcome == SeriesPlanner.Outcome.AlreadyPlanned
            ? TypedResults.Ok(detail)
            : TypedResults.Created($"/api/v1/communities/{here.Community.Slug}/series/{series.Id}", detail);
    }

    // The request as the planner takes it: the dates one a line, as the plan page's box has them.
    private static SeriesPlan Plan(NewSeries input) => new(
        input.Key, input.Name, input.Rhythm, input.FirstMonth, input.FirstYear, input.IntervalMonths, input.Weekday, input.WeekOfMonth,
        input.Count, input.Dates is null ? null : string.Join('\n', input.Dates.Select(d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture))),
        input.StartTime, input.EndTime, input.Format, input.WithPreparationMeetings, input.PreparationStartTime, input.PreparationEndTime);

    private static async Task<SeriesDetail> DetailAsync(
        RoundtableDb db, CurrentCommunity.Place here, Series series, IReadOnlyList<string>? warnings, CancellationToken cancellationToken)
    {
        var meetings = await SummariesAsync(db, db.Sessions.Where(s => s.SeriesId == series.Id).VisibleTo(here.Membership), cancellationToken);
        List<SessionSummary> Of(SessionKind kind) => meetings.Where(m => m.Kind == kind).ToList();

        var preparation = series.WithPreparationMeetings && here.InLivedExpertSpace
            ? new PreparationMeetings(Time(series.PreparationStartTime), Time(series.PreparationEndTime), Of(SessionKind.PreparationMeeting))
            : null;
        return new SeriesDetail(
            series.Id, series.Name, series.Rhythm, series.IntervalMonths, series.Weekday, series.WeekOfMonth,
            TypedDates.FormatTime(series.StartTime), TypedDates.FormatTime(series.EndTime), series.Format,
            Of(SessionKind.Session), preparation, warnings);
    }

    private static string Time(TimeOnly? time) => time is { } t ? TypedDates.FormatTime(t) : "";
}
