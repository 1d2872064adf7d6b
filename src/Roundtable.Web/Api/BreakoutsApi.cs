using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Roundtable.Core.Breakouts;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Security;

namespace Roundtable.Web.Api;

// A session's breakout groups, as on the breakout pages: facilitators see every group (with the
// kinds of people in each, never the identities people chose, and who asked for a quiet space), ask
// for proposals, move people and choose chairs; everyone taking part sees their own group and its chair, and only their own.
public static class BreakoutsApi
{
    // Taking part: who came, once attendance has been taken; until then, who is booked.
    public sealed record BreakoutList(
        BreakoutGroups.Source TakingPart,
        int People,
        IReadOnlyList<BreakoutGroupDetail> Groups,
        IReadOnlyList<GroupMember> NotInAGroup,
        IReadOnlyList<BreakoutWarning> Warnings);

    public sealed record BreakoutGroupDetail(int Number, string? Chair, IReadOnlyList<GroupMember> Members);

    // PersonId is what a move or a choice of chair names them by, as on the breakouts page.
    public sealed record GroupMember(
        Guid PersonId,
        string Name, CommunityRole Role, bool Chairs, bool LivedExperience, bool Staff, bool FamilyOrCarer, bool WantsQuietSpace);

    public sealed record ProposeBreakouts(int? Min, int? Max, bool? KeepQuietTogether, bool Replace);

    // To: a group's number ("3"), "new" for a new group of their own, or "out" of the groups.
    public sealed record MoveSomeone(Guid? PersonId, string? To);

    public sealed record ChooseChair(Guid? PersonId);

    // Group is null until the caller is put in one. Chair is null when the caller chairs it.
    public sealed record MyBreakout(int? Group, string? Chair, bool YouChair, IReadOnlyList<string> Others);

    public static RouteGroupBuilder MapBreakoutsApi(this RouteGroupBuilder breakouts)
    {
        breakouts.MapGet("/", GetAsync)
            .RequireAuthorization(Policies.CommunityFacilitator)
            .WithName("GetBreakouts")
            .WithSummary("For facilitators: a session's breakout groups, each with its chair, who is in no group, and what to check.")
            .WithDescription("min and max (6 and 8 unless given) are the sizes the warnings measure against.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        breakouts.MapPost("/", ProposeAsync)
            .RequireAuthorization(Policies.CommunityFacilitator)
            .WithName("ProposeBreakouts")
            .WithSummary("Propose breakout groups of min to max people (6 to 8 unless given) that mix lived experience and staff, each with a chair.")
            .WithDescription(
                "Send {} for the usual sizes. keepQuietTogether (true unless given) puts people who asked for a quiet space in the fewest groups. The same people " +
                "always give the same groups, so proposing again answers with the groups already saved. Different groups replace " +
                "those saved only with replace: true (409 otherwise). Nobody to group (nobody booked or marked present) is 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        breakouts.MapPost("/move", MoveAsync)
            .RequireAuthorization(Policies.CommunityFacilitator)
            .WithName("MoveBetweenBreakouts")
            .WithSummary("Move someone taking part to another group (to: its number), to a new group of their own (to: \"new\"), or out of the groups (to: \"out\").")
            .WithDescription(
                "For facilitators, as on the breakouts page: a group left empty is removed, a group that loses its chair gets another, and " +
                "someone moved into an empty group chairs it. Answers with the groups as they are now. Moving someone where they already " +
                "are changes nothing. Someone not taking part, or a group the session does not have, is 404.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        breakouts.MapPut("/{group:int}/chair", ChooseChairAsync)
            .RequireAuthorization(Policies.CommunityFacilitator)
            .WithName("ChooseBreakoutChair")
            .WithSummary("Choose who chairs a breakout group: someone already in it. Answers with the groups as they are now.")
            .WithDescription("Choosing the chair a group already has changes nothing. A group the session does not have, or someone not in it, is 404.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        breakouts.MapGet("/mine", GetMineAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("GetMyBreakout")
            .WithSummary("The caller's own breakout group at a session: its number, its chair and who else is in it, as each chose to be named.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return breakouts;
    }

    private static async Task<Results<Ok<BreakoutList>, ValidationProblem, ProblemHttpResult>> GetAsync(
        string slug, int number, int? min, int? max, HttpContext http, CurrentCommunity current, BreakoutGroups breakouts,
        CancellationToken cancellationToken)
    {
        var (_, session) = await FindAsync(slug, number, http, current, breakouts, cancellationToken);
        if (session is null)
        {
            return SessionsApi.NoSuch(SessionKind.Session, number);
        }

        var sizes = Sizes(min, max);
        if (sizes.Problem is { } problem)
        {
            return problem;
        }

        return TypedResults.Ok(await GroupsAsync(breakouts, session, sizes.Min, sizes.Max, cancellationToken));
    }

    private static async Task<Results<Ok<BreakoutList>, ValidationProblem, ProblemHttpResult>> ProposeAsync(
        string slug, int number, ProposeBreakouts? input, HttpContext http, CurrentCommunity current, BreakoutGroups breakouts,
        CancellationToken cancellationToken)
    {
        var (_, session) = await FindAsync(slug, number, http, current, breakouts, cancellationToken);
        if (session is null)
        {
            return SessionsApi.NoSuch(SessionKind.Session, number);
        }

        var sizes = Sizes(input?.Min, input?.Max);
        if (sizes.Problem is { } problem)
        {
            return problem;
        }

        var quiet = input?.KeepQuietTogether ?? true;
        if ((await breakouts.ParticipantsAsync(session, cancellationToken)).People.Count == 0)
        {
            return ApiProblems.Conflict("There is nobody to put in groups: nobody is booked on this session or marked as attending.");
        }

        // As on the breakouts page: groups already made are replaced only when asked, unless
        // proposing again would give the very same groups.
        var saved = await breakouts.GroupsAsync(session, cancellationToken);
        if (saved.Count > 0 && !(input?.Replace ?? false))
        {
            return await breakouts.SameAsProposalAsync(session, sizes.Min, sizes.Max, quiet, cancellationToken)
                ? TypedResults.Ok(await GroupsAsync(breakouts, session, sizes.Min, sizes.Max, cancellationToken))
                : ApiProblems.Conflict($"Session {number} already has breakout groups: send replace: true to replace them with new ones.");
        }

        await breakouts.ProposeAsync(session, sizes.Min, sizes.Max, quiet, cancellationToken);
        return TypedResults.Ok(await GroupsAsync(breakouts, session, sizes.Min, sizes.Max, cancellationToken));
    }

    private static async Task<Results<Ok<BreakoutList>, ValidationProblem, ProblemHttpResult>> MoveAsync(
        string slug, int number, MoveSomeone input, HttpContext http, CurrentCommunity current, BreakoutGroups breakouts,
        CancellationToken cancellationToken)
    {
        var (_, session) = await FindAsync(slug, number, http, current, breakouts, cancellationToken);
        if (session is null)
        {
            return SessionsApi.NoSuch(SessionKind.Session, number);
        }

        var state = new ModelStateDictionary();
        if (input.PersonId is null)
        {
            state.AddModelError("personId", "Send the personId of the person to move, as the groups list them");
        }

        var destination = BreakoutGroups.ReadDestination(input.To);
        if (destination is null)
        {
            state.AddModelError("to", "Send to: the number of a group, \"new\" for a new group of their own, or \"out\" to take them out of the groups");
        }

        if (!state.IsValid)
        {
            return ApiProblems.Invalid(state, field => field);
        }

        var outcome = await breakouts.MoveAsync(session, input.PersonId!.Value, destination!.Group, destination.NewGroup, cancellationToken);
        if (outcome == BreakoutGroups.Outcome.NotFound)
        {
            return destination.Group is { } group && !await HasGroupAsync(breakouts, session, group, cancellationToken)
                ? NoGroup(number, group)
                : ApiProblems.NotFound($"Nobody with this personId is taking part in session {number}.");
        }

        return TypedResults.Ok(await GroupsAsync(breakouts, session, BreakoutPlanner.DefaultMin, BreakoutPlanner.DefaultMax, cancellationToken));
    }

    private static async Task<Results<Ok<BreakoutList>, ValidationProblem, ProblemHttpResult>> ChooseChairAsync(
        string slug, int number, int group, ChooseChair input, HttpContext http, CurrentCommunity current, BreakoutGroups breakouts,
        CancellationToken cancellationToken)
    {
        var (_, session) = await FindAsync(slug, number, http, current, breakouts, cancellationToken);
        if (session is null)
        {
            return SessionsApi.NoSuch(SessionKind.Session, number);
        }

        if (input.PersonId is not { } person)
        {
            return ApiProblems.Invalid("personId", "Send the personId of the person in the group who is to chair it");
        }

        if (await breakouts.SetChairAsync(session, group, person, cancellationToken) == BreakoutGroups.Outcome.NotFound)
        {
            return await HasGroupAsync(breakouts, session, group, cancellationToken)
                ? ApiProblems.NotFound($"Nobody with this personId is in group {group}: move them into it first.")
                : NoGroup(number, group);
        }

        return TypedResults.Ok(await GroupsAsync(breakouts, session, BreakoutPlanner.DefaultMin, BreakoutPlanner.DefaultMax, cancellationToken));
    }

    private static async Task<bool> HasGroupAsync(BreakoutGroups breakouts, Session session, int group, CancellationToken cancellationToken) =>
        (await breakouts.GroupsAsync(session, cancellationToken)).Any(g => g.Number == group);

    private static ProblemHttpResult NoGroup(int number, int group) => ApiProblems.NotFound($"Session {number} has no breakout group {group}.");

    private static async Task<Results<Ok<MyBreakout>, ProblemHttpResult>> GetMineAsync(
        string slug, int number, HttpContext http, CurrentCommunity current, BreakoutGroups breakouts, CancellationToken cancellationToken)
    {
        var (_, session) = await FindAsync(slug, number, http, current, breakouts, cancellationToken);
        if (session is null)
        {
            return SessionsApi.NoSuch(SessionKind.Session, number);
        }

        var yours = http.User.PersonId() is { } you ? await breakouts.YourGroupAsync(session, you, cancellationToken) : null;
        return TypedResults.Ok(yours is null
            ? new MyBreakout(null, null, false, [])
            : new MyBreakout(yours.Number, yours.Chair, yours.YouChair, yours.Others));
    }

    private static async Task<(CurrentCommunity.Place Here, Session? Session)> FindAsync(
        string slug, int number, HttpContext http, CurrentCommunity current, BreakoutGroups breakouts, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        return (here, await breakouts.FindSessionAsync(here.Community.Id, number, cancellationToken));
    }

    private static (int Min, int Max, ValidationProblem? Problem) Sizes(int? min, int? max)
    {
        var (smallest, largest) = (min ?? BreakoutPlanner.DefaultMin, max ?? BreakoutPlanner.DefaultMax);
        var problems = BreakoutPlanner.CheckSizes(smallest, largest);
        return problems.Count == 0
            ? (smallest, largest, null)
            : (smallest, largest, TypedResults.ValidationProblem(problems
                .GroupBy(p => p.Size == BreakoutSize.Min ? "min" : "max", StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray(), StringComparer.Ordinal)));
    }

    private static async Task<BreakoutList> GroupsAsync(BreakoutGroups breakouts, Session session, int min, int max, CancellationToken cancellationToken)
    {
        var participants = await breakouts.ParticipantsAsync(session, cancellationToken);
        var groups = await breakouts.GroupsAsync(session, cancellationToken);
        var grouped = groups.SelectMany(g => g.Members).Select(m => m.Person.Id).ToHashSet();
        return new BreakoutList(
            participants.Source,
            participants.People.Count,
            groups.Select(g => new BreakoutGroupDetail(g.Number, g.Chair?.Name, g.Members.Select(m => Member(m, g.ChairId)).ToList())).ToList(),
            participants.People.Where(p => !grouped.Contains(p.Person.Id)).Select(p => Member(p, null)).ToList(),
            BreakoutPlanner.Review(groups.Select(g => g.AsPlan()).ToList(), min, max));
    }

    private static GroupMember Member(BreakoutGroups.Participant p, Guid? chairId) => new(
        p.Person.Id,
        p.Name, p.Role, p.Person.Id == chairId, p.Person.LivedExperience, p.Person.Staff, p.Person.FamilyOrCarer, p.Person.WantsQuietSpace);
}
