using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.SignUps;
using Roundtable.Web.Security;

namespace Roundtable.Web.Api;

// Places at a session, as the sign-up pages give them: a member signs up with what they need for
// this session (their profile's needs unless they say otherwise), joins the waiting list when it is
// full, and cancels at any time before it ends, which books the first person waiting. Anyone may
// come to any session, whichever they missed. Facilitators see who has a place and what they need.
public static class SignUpsApi
{
    // Status is null for someone with no place. AccessNeeds are what they said for this session,
    // or, before they sign up, what their profile says they usually need.
    public sealed record MyPlace(
        SignUpStatus? Status,
        int? PlaceInQueue,
        IReadOnlyList<string> AccessNeeds,
        string? OtherAccessNeeds,
        bool Open);

    // AccessNeeds left out: the needs on the member's profile. Sent (even empty): these, for this session.
    public sealed record SignUpRequest(IReadOnlyList<string>? AccessNeeds, string? OtherAccessNeeds);

    public sealed record SignUpList(int? Capacity, int? PlacesLeft, IReadOnlyList<SignedUp> Booked, IReadOnlyList<SignedUp> Waiting);

    public sealed record SignedUp(string Name, IReadOnlyList<string> AccessNeeds, string? OtherAccessNeeds);

    public static RouteGroupBuilder MapSignUpsApi(this RouteGroupBuilder session)
    {
        session.MapGet("/sign-up", GetMineAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("GetMySignUp")
            .WithSummary("The caller's place at a session: booked, waiting (and where in the queue), or none.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        session.MapPost("/sign-up", SignUpAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("SignUp")
            .WithSummary("Sign the caller up to a session, with what they need for it; on the waiting list if it is full.")
            .WithDescription(
                "accessNeeds are names from EasyRead, Captions, Breaks, CameraOff, LargerText, BslInterpreter, QuietSpace; left out, " +
                "the caller's profile says (send {} to use it). Answers 201 for a new place. Signing up again is the same one place (200), with the " +
                "access needs sent saved. A cancelled or finished session is closed (409).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        session.MapDelete("/sign-up", CancelAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("CancelMySignUp")
            .WithSummary("Give up the caller's place, or their place in the queue. A booked place goes to the first person waiting, who is emailed.")
            .WithDescription("Answers 204 whether or not the caller had a place. A cancelled or finished session is closed (409).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        session.MapGet("/sign-ups", ListAsync)
            .RequireAuthorization(Policies.CommunityFacilitator)
            .WithName("ListSignUps")
            .WithSummary("For facilitators and co-leads: who has a place and who is waiting, in order, as each chose to be named, with what each needs.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return session;
    }

    private static async Task<Results<Ok<MyPlace>, ProblemHttpResult>> GetMineAsync(
        string slug, int number, HttpContext http, CurrentCommunity current, SigningUp signingUp, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var (here, session) = await FindAsync(slug, number, http, current, signingUp, cancellationToken);
        if (session is null || here.Membership is not { } membership)
        {
            return NotFound(here, number);
        }

        return TypedResults.Ok(await PlaceAsync(signingUp, session, membership, clock, cancellationToken));
    }

    private static async Task<Results<Created<MyPlace>, Ok<MyPlace>, ValidationProblem, ProblemHttpResult>> SignUpAsync(
        string slug, int number, SignUpRequest? input, HttpContext http, CurrentCommunity current, SigningUp signingUp,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var (here, session) = await FindAsync(slug, number, http, current, signingUp, cancellationToken);
        if (session is null || here.Membership is not { } membership)
        {
            return NotFound(here, number);
        }

        var state = new ModelStateDictionary();
        var needs = membership.AccessNeeds;
        if (input?.AccessNeeds is { } names)
        {
            var chosen = names.Select(n => Profiles.AccessNeedOptions.FirstOrDefault(o => o.Need.ToString() == n)).ToList();
            if (chosen.Any(n => n is null))
            {
                state.AddModelError("accessNeeds",
                    $"Choose access needs from: {string.Join(", ", Profiles.AccessNeedOptions.Select(o => o.Need.ToString()))}");
            }

            needs = chosen.Aggregate(AccessNeeds.None, (all, n) => all | (n?.Need ?? AccessNeeds.None));
        }

        if (!state.IsValid)
        {
            return ApiProblems.Invalid(state, field => field);
        }

        var other = input is null or { AccessNeeds: null, OtherAccessNeeds: null } ? membership.OtherAccessNeeds : input.OtherAccessNeeds;
        var result = await signingUp.SignUpAsync(session, membership.PersonId, new SigningUp.Request(needs, other), cancellationToken);
        switch (result.Outcome)
        {
            case SigningUp.Outcome.Invalid:
                return ApiProblems.Invalid(result.Problems);
            case SigningUp.Outcome.Closed:
                return ApiProblems.Conflict(result.Refusal!);
        }

        var place = await PlaceAsync(signingUp, session, membership, clock, cancellationToken);
        return result.WasAlready
            ? TypedResults.Ok(place)
            : TypedResults.Created($"{SessionsApi.Path(here.Community.Slug, SessionKind.Session, number)}/sign-up", place);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> CancelAsync(
        string slug, int number, HttpContext http, CurrentCommunity current, SigningUp signingUp,
        CancellationToken cancellationToken)
    {
        var (here, session) = await FindAsync(slug, number, http, current, signingUp, cancellationToken);
        if (session is null || here.Membership is not { } membership)
        {
            return NotFound(here, number);
        }

        var cancelled = await signingUp.CancelAsync(session, membership.PersonId, cancellationToken);
        return cancelled.Closed ? ApiProblems.Conflict(cancelled.Refusal!) : TypedResults.NoContent();
    }

    private static async Task<Results<Ok<SignUpList>, ProblemHttpResult>> ListAsync(
        string slug, int number, HttpContext http, CurrentCommunity current, RoundtableDb db, SigningUp signingUp, CancellationToken cancellationToken)
    {
        var (here, session) = await FindAsync(slug, number, http, current, signingUp, cancellationToken);
        if (session is null)
        {
            return SessionsApi.NoSuch(SessionKind.Session, number);
        }

        var lists = await signingUp.ListsAsync(session, cancellationToken);
        // As the sign-ups page: their membership says how they want to be named, even if they have since left.
        var ids = lists.Booked.Concat(lists.Waiting).Select(s => s.PersonId).ToList();
        var names = await db.Memberships.AsNoTracking()
            .Where(m => m.CommunityId == here.Community.Id && ids.Contains(m.PersonId))
            .Select(m => new { m.PersonId, Named = new Named(m.Naming, m.Person.DisplayName, m.JobRole, m.Organisation) })
            .ToDictionaryAsync(m => m.PersonId, m => m.Named.AsTheyChose, cancellationToken);
        SignedUp Person(SignUp s) => new(
            names.GetValueOrDefault(s.PersonId, "A member"), Needs(s.AccessNeeds), string.IsNullOrWhiteSpace(s.OtherAccessNeeds) ? null : s.OtherAccessNeeds);
        return TypedResults.Ok(new SignUpList(session.Capacity, lists.PlacesLeft, lists.Booked.Select(Person).ToList(), lists.Waiting.Select(Person).ToList()));
    }

    // The session a sign-up is for (sessions only: preparation meetings have no sign-up).
    private static async Task<(CurrentCommunity.Place Here, Session? Session)> FindAsync(
        string slug, int number, HttpContext http, CurrentCommunity current, SigningUp signingUp, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        return (here, await signingUp.FindSessionAsync(here.Community.Id, number, cancellationToken));
    }

    internal static List<string> Needs(AccessNeeds needs) => Profiles.Split(needs).Select(n => n.ToString()).ToList();

    private static async Task<MyPlace> PlaceAsync(SigningUp signingUp, Session session, Membership membership, TimeProvider clock, CancellationToken cancellationToken)
    {
        var open = SigningUp.IsOpen(session, clock.GetUtcNow());
        var yours = await signingUp.FindAsync(session.Id, membership.PersonId, cancellationToken);
        if (yours is not { Status: SignUpStatus.Booked or SignUpStatus.Waiting })
        {
            return new MyPlace(null, null, Needs(membership.AccessNeeds), membership.OtherAccessNeeds, open);
        }

        var queue = yours.Status == SignUpStatus.Waiting ? await signingUp.PlaceInQueueAsync(yours, cancellationToken) : (int?)null;
        return new MyPlace(yours.Status, queue, Needs(yours.AccessNeeds), yours.OtherAccessNeeds, open);
    }

    // A site admin who is not a member has no place to sign up with, as on the sign-up page.
    private static ProblemHttpResult NotFound(CurrentCommunity.Place here, int number) =>
        here.Membership is null
            ? ApiProblems.NotFound("Only members of the community have places at its sessions.")
            : SessionsApi.NoSuch(SessionKind.Session, number);
}
