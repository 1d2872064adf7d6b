using Microsoft.AspNetCore.Http.HttpResults;
using Roundtable.Core;
using Roundtable.Core.Connections;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Web.Security;

namespace Roundtable.Web.Api;

// What happens after a session, as on its pages: feedback and next actions, brokered connections
// (each side named only as the viewer may know them), and offers to collaborate.
public static class ConnectionsApi
{
    // Yours: the caller's own answer, if they gave one.
    public sealed record SessionFeedbackSummary(int NamedANextAction, int Respondents, string Summary, FeedbackAnswer? Yours);

    public sealed record FeedbackAnswer(Guid Id, int SessionNumber, string? Useful, string? NextAction, bool Shared, bool Done, string? Outcome);

    public sealed record FeedbackInput(string? Useful, string? NextAction, bool Shared, bool Done, string? Outcome);

    public sealed record NextActionList(IReadOnlyList<FeedbackAnswer> Yours, IReadOnlyList<SharedNextAction> Shared);

    public sealed record ConnectionStep(ConnectionStatus Status, string? Note, string By, DateTimeOffset At);

    public sealed record ConnectionDetail(
        Guid Id, string From, string To, string Why, string? MadeAt, string BrokeredBy, DateTimeOffset BrokeredAt, ConnectionStatus Status, int Version,
        bool CanMoveOn, IReadOnlyList<ConnectionStep> History);

    // A side: kind Member with personId, SubGroup with subGroupId, or Named with name.
    public sealed record SideInput(ConnectionSideKind? Kind, Guid? PersonId, Guid? SubGroupId, string? Name);

    // MeetingKind: PreparationMeeting when sessionNumber is a preparation meeting's number; Session if left out.
    public sealed record NewConnection(SideInput? From, SideInput? To, string? Why, int? SessionNumber, SessionKind? MeetingKind = null);

    public sealed record MoveOn(ConnectionStatus? Status, string? Note, int? SeenVersion);

    public sealed record Interested(Guid InterestId, string Name, string? Note, DateTimeOffset At, Guid? ConnectionId);

    // Interests: who is interested, for the person who made it and co-leads; empty for anyone else.
    public sealed record OfferDetail(
        Guid Id, string Title, string What, string? LookingFor, string By, bool Yours, DateTimeOffset PostedAt, int InterestCount, bool YouAreInterested,
        IReadOnlyList<Interested> Interests);

    public sealed record NewOffer(string? Title, string? What, string? LookingFor);

    public sealed record Interest(string? Note);

    public static RouteGroupBuilder MapConnectionsApi(this RouteGroupBuilder community)
    {
        community.MapGet("/sessions/{number:int}/feedback", FeedbackAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("GetSessionFeedback")
            .WithSummary("A session's feedback in figures (\"7 of 10 respondents named a next action\"), with the caller's own answer.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapPut("/sessions/{number:int}/feedback", AnswerAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("AnswerSessionFeedback")
            .WithSummary("Give, or change, your feedback on a session you came to: what was useful, your next action, whether it is shared, done, and what happened.")
            .WithDescription("Only someone recorded as attending may answer, once the session has started (409 otherwise). Answering again changes the one answer.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        community.MapGet("/next-actions", NextActionsAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("GetNextActions")
            .WithSummary("Your own next actions from every session, and the ones others shared, each put down to its author only as they consented to be quoted.")
            .ProducesProblem(StatusCodes.Status403Forbidden);

        community.MapGet("/connections", ConnectionsAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("GetConnections")
            .WithSummary("The brokered connections the caller may see: those they are part of, and (for others) those whose people all agreed to be named. Co-leads see all.")
            .ProducesProblem(StatusCodes.Status403Forbidden);

        community.MapGet("/connections/{id:guid}", ConnectionAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("GetConnection")
            .WithSummary("One connection with how it went, step by step.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapPost("/connections", RecordAsync)
            .RequireAuthorization(Policies.CommunityFacilitator)
            .WithName("RecordConnection")
            .WithSummary("For facilitators: record a connection brokered between two sides (a member, a sub-group, or a group or service by name), why, and at which session or preparation meeting (meetingKind).")
            .WithDescription("Sending the same connection again answers with the one recorded the first time.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        community.MapPost("/connections/{id:guid}/steps", MoveOnAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("MoveConnectionOn")
            .WithSummary("Say how a connection is going now (Introduced, InTouch, WorkingTogether, Ended), with a note: for its people, whoever brokered it, and facilitators.")
            .WithDescription("seenVersion (optional) is the version the caller saw: 409 if someone changed it since.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        community.MapGet("/offers", OffersAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("GetOffers")
            .WithSummary("Offers to collaborate, newest first.")
            .ProducesProblem(StatusCodes.Status403Forbidden);

        community.MapGet("/offers/{id:guid}", OfferAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("GetOffer")
            .WithSummary("One offer; who is interested, for the person who made it.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapPost("/offers", PostOfferAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("PostOffer")
            .WithSummary("Post an offer to collaborate: a title, what it is, and what you are looking for.")
            .WithDescription("Sending the same offer again answers with the one posted the first time.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        community.MapPut("/offers/{id:guid}/interest", InterestAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("SayInterested")
            .WithSummary("Say you are interested in an offer, with a note. Once per person: again changes the note.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        community.MapPost("/offers/{id:guid}/interests/{interestId:guid}/connection", ConnectAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("ConnectWithInterested")
            .WithSummary("For the person who made the offer: turn an interest into a brokered connection, filled in from the offer and the note.")
            .WithDescription("Again answers with the same connection.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return community;
    }

    private static async Task<Results<Ok<SessionFeedbackSummary>, ProblemHttpResult>> FeedbackAsync(
        string slug, int number, HttpContext http, CurrentCommunity current, SessionSchedule schedule, NextActions nextActions, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        if (await schedule.FindAsync(here.Community.Id, SessionKind.Session, number, cancellationToken) is not { } session)
        {
            return SessionsApi.NoSuch(SessionKind.Session, number);
        }

        var count = await nextActions.CountAsync(session.Id, cancellationToken);
        var yours = await nextActions.YoursAsync(session.Id, http.User.PersonId()!.Value, cancellationToken);
        return TypedResults.Ok(new SessionFeedbackSummary(count.Named, count.Respondents, count.Summary, yours is null ? null : Answer(yours, number)));
    }

    private static async Task<Results<Ok<FeedbackAnswer>, ValidationProblem, ProblemHttpResult>> AnswerAsync(
        string slug, int number, FeedbackInput input, HttpContext http, CurrentCommunity current, SessionSchedule schedule, NextActions nextActions, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        if (await schedule.FindAsync(here.Community.Id, SessionKind.Session, number, cancellationToken) is not { } session)
        {
            return SessionsApi.NoSuch(SessionKind.Session, number);
        }

        var result = await nextActions.AnswerAsync(
            session.Id, http.User.PersonId()!.Value, new NextActions.Answer(input.Useful, input.NextAction, input.Shared, input.Done, input.Outcome), cancellationToken);
        return result.Outcome switch
        {
            FeedbackOutcome.Saved => TypedResults.Ok(Answer(result.Answer!, number)),
            FeedbackOutcome.Invalid => ApiProblems.Invalid(result.Problems),
            FeedbackOutcome.Refused => ApiProblems.Conflict(result.Refusal!),
            _ => SessionsApi.NoSuch(SessionKind.Session, number),
        };
    }

    private static async Task<Ok<NextActionList>> NextActionsAsync(
        string slug, HttpContext http, CurrentCommunity current, NextActions nextActions, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        var me = http.User.PersonId()!.Value;
        var yours = await nextActions.AllYoursAsync(here.Community.Id, me, cancellationToken);
        return TypedResults.Ok(new NextActionList(
            yours.Where(f => f.NextAction is not null).Select(f => Answer(f, f.Session.Number)).ToList(),
            await nextActions.SharedAsync(here.Community.Id, me, cancellationToken)));
    }

    private static async Task<Ok<List<ConnectionDetail>>> ConnectionsAsync(
        string slug, HttpContext http, CurrentCommunity current, BrokeredConnections connections, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        return TypedResults.Ok((await connections.ReadAsync(here.Community.Id, here.Viewer(http.User), cancellationToken)).Select(Detail).ToList());
    }

    private static async Task<Results<Ok<ConnectionDetail>, ProblemHttpResult>> ConnectionAsync(
        string slug, Guid id, HttpContext http, CurrentCommunity current, BrokeredConnections connections, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        return await connections.FindAsync(here.Community.Id, id, here.Viewer(http.User), cancellationToken) is { } view
            ? TypedResults.Ok(Detail(view))
            : NoSuchConnection();
    }

    private static async Task<Results<Created<ConnectionDetail>, Ok<ConnectionDetail>, ValidationProblem>> RecordAsync(
        string slug, NewConnection input, HttpContext http, CurrentCommunity current, BrokeredConnections connections, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        var result = await connections.RecordAsync(
            here.Community.Id,
            new BrokeredConnections.NewConnection(Side(input.From), Side(input.To), input.Why, input.SessionNumber, MeetingKind: input.MeetingKind ?? SessionKind.Session),
            http.User.PersonId()!.Value,
            cancellationToken);
        if (!result.Done)
        {
            return ApiProblems.Invalid(result.Problems.Select(Camel));
        }

        var view = (await connections.FindAsync(here.Community.Id, result.Connection!.Id, here.Viewer(http.User), cancellationToken))!;
        return result.Outcome == ConnectionOutcome.Saved
            ? TypedResults.Created($"/api/v1/communities/{slug}/connections/{view.Connection.Id}", Detail(view))
            : TypedResults.Ok(Detail(view));
    }

    private static async Task<Results<Ok<ConnectionDetail>, ValidationProblem, ProblemHttpResult>> MoveOnAsync(
        string slug, Guid id, MoveOn input, HttpContext http, CurrentCommunity current, BrokeredConnections connections, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        var viewer = here.Viewer(http.User);
        if (await connections.FindAsync(here.Community.Id, id, viewer, cancellationToken) is null)
        {
            return NoSuchConnection();
        }

        var result = await connections.MoveOnAsync(here.Community.Id, id, new BrokeredConnections.Step(input.Status, input.Note, input.SeenVersion), viewer, cancellationToken);
        switch (result.Outcome)
        {
            case ConnectionOutcome.NotFound:
                return NoSuchConnection();
            case ConnectionOutcome.Invalid:
                return ApiProblems.Invalid(result.Problems);
            case ConnectionOutcome.Refused:
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, detail: result.Refusal);
            case ConnectionOutcome.ChangedMeanwhile:
                return ApiProblems.Conflict($"{result.Refusal} Fetch it again, then send yours with its version.");
        }

        return TypedResults.Ok(Detail((await connections.FindAsync(here.Community.Id, id, viewer, cancellationToken))!));
    }

    private static async Task<Ok<List<OfferDetail>>> OffersAsync(
        string slug, HttpContext http, CurrentCommunity current, CollaborationOffers offers, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        return TypedResults.Ok((await offers.ReadAsync(here.Community.Id, here.Viewer(http.User), cancellationToken)).Select(Detail).ToList());
    }

    private static async Task<Results<Ok<OfferDetail>, ProblemHttpResult>> OfferAsync(
        string slug, Guid id, HttpContext http, CurrentCommunity current, CollaborationOffers offers, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        return await offers.FindAsync(here.Community.Id, id, here.Viewer(http.User), cancellationToken) is { } view ? TypedResults.Ok(Detail(view)) : NoSuchOffer();
    }

    private static async Task<Results<Created<OfferDetail>, Ok<OfferDetail>, ValidationProblem>> PostOfferAsync(
        string slug, NewOffer input, HttpContext http, CurrentCommunity current, CollaborationOffers offers, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        var result = await offers.PostAsync(here.Community.Id, http.User.PersonId()!.Value, new CollaborationOffers.NewOffer(input.Title, input.What, input.LookingFor), cancellationToken);
        if (!result.Done)
        {
            return ApiProblems.Invalid(result.Problems);
        }

        var view = (await offers.FindAsync(here.Community.Id, result.Offer!.Id, here.Viewer(http.User), cancellationToken))!;
        return result.Outcome == OfferOutcome.Saved
            ? TypedResults.Created($"/api/v1/communities/{slug}/offers/{view.Offer.Id}", Detail(view))
            : TypedResults.Ok(Detail(view));
    }

    private static async Task<Results<Ok<OfferDetail>, ValidationProblem, ProblemHttpResult>> InterestAsync(
        string slug, Guid id, Interest input, HttpContext http, CurrentCommunity current, CollaborationOffers offers, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        var result = await offers.InterestAsync(here.Community.Id, id, http.User.PersonId()!.Value, input.Note, cancellationToken);
        return result.Outcome switch
        {
            OfferOutcome.NotFound => NoSuchOffer(),
            OfferOutcome.Invalid => ApiProblems.Invalid(result.Problems.Select(Camel)),
            OfferOutcome.Refused => ApiProblems.Conflict(result.Refusal!),
            _ => TypedResults.Ok(Detail((await offers.FindAsync(here.Community.Id, id, here.Viewer(http.User), cancellationToken))!)),
        };
    }

    private static async Task<Results<Ok<ConnectionDetail>, ValidationProblem, ProblemHttpResult>> ConnectAsync(
        string slug, Guid id, Guid interestId, HttpContext http, CurrentCommunity current, CollaborationOffers offers, BrokeredConnections connections, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        var viewer = here.Viewer(http.User);
        var result = await offers.ConnectAsync(here.Community.Id, id, interestId, viewer, cancellationToken);
        return result.Outcome switch
        {
            OfferOutcome.NotFound => NoSuchOffer(),
            OfferOutcome.Refused => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, detail: result.Refusal),
            OfferOutcome.Invalid => ApiProblems.Invalid(result.Problems.Select(Camel)),
            _ => TypedResults.Ok(Detail((await connections.FindAsync(here.Community.Id, result.Connection!.Id, viewer, cancellationToken))!)),
        };
    }

    private static ProblemHttpResult NoSuchConnection() => ApiProblems.NotFound("There is no such connection that you may see in this community.");

    private static ProblemHttpResult NoSuchOffer() => ApiProblems.NotFound("There is no such offer in this community.");

    private static BrokeredConnections.Side Side(SideInput? side) => new(side?.Kind, side?.PersonId, side?.SubGroupId, side?.Name);

    // "From.PersonId" as the request names it: "from.personId".
    private static Problem Camel(Problem problem) =>
        problem with { Field = string.Join('.', problem.Field.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..])) };

    private static FeedbackAnswer Answer(SessionFeedback f, int number) =>
        new(f.Id, number, f.Useful, f.NextAction, f.NextActionShared, f.NextActionDoneAt is not null, f.Outcome);

    private static ConnectionDetail Detail(ConnectionView view) =>
        new(view.Connection.Id, view.From, view.To, view.Connection.Why, view.MadeAt, view.BrokeredBy, view.Connection.BrokeredAt, view.Connection.Status,
            view.Connection.Version, view.CanMoveOn, view.History.Select(h => new ConnectionStep(h.Status, h.Note, h.By, h.At)).ToList());

    private static OfferDetail Detail(OfferView view) =>
        new(view.Offer.Id, view.Offer.Title, view.Offer.What, view.Offer.LookingFor, view.By, view.IsYours, view.Offer.PostedAt, view.InterestCount,
            view.YourInterest is not null, view.Interests.Select(i => new Interested(i.InterestId, i.Name, i.Note, i.At, i.ConnectionId)).ToList());
}
