using Microsoft.AspNetCore.Http.HttpResults;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Core.Themes;
using Roundtable.Core.YouSaidWeDid;
using Roundtable.Web.Security;

namespace Roundtable.Web.Api;

// "You said, we did": members read the ledger and each request's history; facilitators and
// co-leads add requests; co-leads and a request's owner change it; facilitators tick a request
// off at the session where it is acknowledged. The same rules as the pages, from Core.
public static class YouSaidWeDidApi
{
    // AskedBy: the asker as they consented to be quoted, or null.
    public sealed record AskSummary(
        Guid Id, string Words, string? AskedBy, AskSource Source, Guid? ContributionId, Guid? ThemeId, string? Owner, bool OwnerHasLeft,
        DateOnly? DueOn, AskStatus Status, int Version, DateTimeOffset CreatedAt, Guid? FeedbackAnswerId);

    public sealed record AskDetail(AskSummary Ask, IReadOnlyList<AskChangeEntry> History);

    public sealed record AskChangeEntry(AskStatus? From, AskStatus To, DateTimeOffset At, string? By, string? Reason, string? RaisedWith, string? Note, DateTimeOffset? AcknowledgedAt);

    // Source: "Direct", "Contribution" (with contributionId), "Theme" (with themeId) or "FeedbackAnswer"
    // (with feedbackAnswerId). Words may be left out for any but Direct: theirs are taken. DueOn as a
    // date, like "2027-03-03".
    public sealed record NewAskInput(
        string? Words, AskSource? Source, Guid? ContributionId, Guid? ThemeId, Guid? OwnerMembershipId, Guid? OwnerSubGroupId, string? DueOn, Guid? SubmissionKey,
        Guid? FeedbackAnswerId = null);

    // The request as it should be after the change. Reason is required for NotUpheld, raisedWith for
    // OutsideOurControl. Send the version you last read to be told (409) of a change since.
    public sealed record AskUpdateInput(
        AskStatus? Status, string? Reason, string? RaisedWith, Guid? OwnerMembershipId, Guid? OwnerSubGroupId, string? DueOn, int? Version);

    public sealed record AcknowledgementEntry(AskSummary Ask, AskStatus From, AskStatus To, DateTimeOffset ChangedAt, string? Reason, string? RaisedWith, bool Acknowledged);

    public static RouteGroupBuilder MapYouSaidWeDidApi(this RouteGroupBuilder community)
    {
        community.MapGet("/you-said-we-did", ListAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("ListAsks")
            .WithSummary("The community's \"you said, we did\" ledger, newest first; filter by status.");

        community.MapGet("/you-said-we-did/{id:guid}", GetAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("GetAsk")
            .WithSummary("One request with every change to it, dated and signed.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapPost("/you-said-we-did", AddAsync)
            .RequireAuthorization(Policies.CommunityFacilitator)
            .WithName("AddAsk")
            .WithSummary("Add a request or commitment: directly, or from a contribution, a theme or a feedback answer.")
            .WithDescription("Send a submissionKey of your own: sending the same one again makes one request.")
            .ProducesValidationProblem();

        community.MapPost("/you-said-we-did/{id:guid}", UpdateAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("UpdateAsk")
            .WithSummary("Change a request's status, owner or due date (co-leads and its owner).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        community.MapGet("/sessions/{number:int}/acknowledgements", AcknowledgementsAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("ListAcknowledgements")
            .WithSummary($"\"{Acknowledgements.Title}\": the requests whose status changed before this session, to acknowledge there.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapPost("/sessions/{number:int}/acknowledgements/{id:guid}", AcknowledgeAsync)
            .RequireAuthorization(Policies.CommunityFacilitator)
            .WithName("Acknowledge")
            .WithSummary("Tick a request off as acknowledged at this session. Ticking twice changes nothing.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return community;
    }

    private static async Task<Ok<List<AskSummary>>> ListAsync(
        string slug, AskStatus? status, HttpContext http, CurrentCommunity current, AskLedger ledger, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        var lines = await ledger.ReadAsync(here.Community.Id, here.Membership, status, cancellationToken);
        return TypedResults.Ok(lines.Select(Summary).ToList());
    }

    private static async Task<Results<Ok<AskDetail>, ProblemHttpResult>> GetAsync(
        string slug, Guid id, HttpContext http, CurrentCommunity current, AskLedger ledger, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        return await ledger.FindAsync(here.Community.Id, id, here.Membership, cancellationToken) is { } line
            ? TypedResults.Ok(await DetailAsync(here.Community.Id, line, ledger, cancellationToken))
            : NoSuchAsk();
    }

    private static async Task<Results<Created<AskSummary>, Ok<AskSummary>, ValidationProblem, ProblemHttpResult>> AddAsync(
        string slug, NewAskInput input, HttpContext http, CurrentCommunity current, Asks asks, AskLedger ledger, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        var result = await asks.AddAsync(
            here.Community.Id,
            new Asks.NewAsk(input.Words, input.Source ?? AskSource.Direct, input.ContributionId, input.ThemeId, input.OwnerMembershipId, input.OwnerSubGroupId, input.DueOn, input.SubmissionKey ?? Guid.CreateVersion7(),
                input.FeedbackAnswerId),
            http.User.PersonId()!.Value,
            cancellationToken);
        switch (result.Outcome)
        {
            case Asks.Outcome.Invalid:
                return ApiProblems.Invalid(result.Problems);
            case Asks.Outcome.NotFound:
                return NoSuchAsk();
        }

        var line = (await ledger.FindAsync(here.Community.Id, result.Ask!.Id, here.Membership, cancellationToken))!;
        return result.Outcome == Asks.Outcome.Saved
            ? TypedResults.Created($"/api/v1/communities/{slug}/you-said-we-did/{line.Ask.Id}", Summary(line))
            : TypedResults.Ok(Summary(line));
    }

    private static async Task<Results<Ok<AskDetail>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string slug, Guid id, AskUpdateInput input, HttpContext http, CurrentCommunity current, Asks asks, AskLedger ledger, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, http.User, cancellationToken))!;
        var result = await asks.UpdateAsync(
            here.Community.Id, id, new Asks.Update(input.Status, input.Reason, input.RaisedWith, input.OwnerMembershipId, input.OwnerSubGroupId, input.DueOn, input.Version),
            here.Membership, cancellationToken);
        switch (result.Outcome)
        {
            case Asks.Outcome.NotFound:
                return NoSuchAsk();
            case Asks.Outcome.NotAllowed:
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, detail: "Only co-leads and the request's owner may change it.");
            case Asks.Outcome.Invalid:
                return ApiProblems.Invalid(result.Problems);
            case Asks.Outcome.ChangedMeanwhile:
                var names = await ledger.NamesAsync(here.Community.Id, [result.Meanwhile!.Decision.ById], cancellationToken);
                return ApiProblems.Conflict(AskRules.ChangedMeanwhile(result.Meanwhile, names) + " Fetch it again and send your change with its version.");
        }

        var line = (await ledger.FindAsync(here.Community.Id, id, here.Membership, cancellationToken))!;
        return TypedResults.Ok(await DetailAsync(here.Community.Id, line, ledger, cancellationToken));
    }

    private static async Task<Results<Ok<List<AcknowledgementEntry>>, ProblemHttpResult>> AcknowledgementsAsync(
        string slug, int number, HttpContext http, CurrentCommunity current, SessionSchedule schedule, Acknowledgements acknowledgements, CancellationToken cancellationToken)
    {
        var (here, session) = await SessionsApi.FindAsync(slug, SessionKind.Session, number, http, current, schedule, cancellationToken);
        if (session is null)
        {
            return SessionsApi.NoSuch(SessionKind.Session, number);
        }

        var list = await acknowledgements.ForSessionAsync(session, here.Membership, cancellationToken);
        return TypedResults.Ok(list.Select(a => new AcknowledgementEntry(
            Summary(a.Line), a.Change.From!.Value, a.Change.To, a.Change.Decision.At, a.Change.Decision.Reason, a.Change.RaisedWith, a.Acknowledged)).ToList());
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> AcknowledgeAsync(
        string slug, int number, Guid id, HttpContext http, CurrentCommunity current, SessionSchedule schedule, AskLedger ledger,
        Acknowledgements acknowledgements, CancellationToken cancellationToken)
    {
        var (here, session) = await SessionsApi.FindAsync(slug, SessionKind.Session, number, http, current, schedule, cancellationToken);
        if (session is null)
        {
            return SessionsApi.NoSuch(SessionKind.Session, number);
        }

        if (await ledger.FindAsync(here.Community.Id, id, here.Membership, cancellationToken) is null
            || !await acknowledgements.AcknowledgeAsync(session, id, http.User.PersonId()!.Value, cancellationToken))
        {
            return ApiProblems.NotFound("That request has nothing to acknowledge at this session.");
        }

        return TypedResults.NoContent();
    }

    private static ProblemHttpResult NoSuchAsk() => ApiProblems.NotFound("There is no such request in this community.");

    private static AskSummary Summary(AskLine line) => new(
        line.Ask.Id, line.Ask.Words, line.AskedBy.By == AttributedBy.Nobody ? null : line.AskedBy.Text, line.Ask.Source, line.Ask.ContributionId,
        line.Ask.ThemeId, line.Owner, line.OwnerHasLeft, line.Ask.DueOn, line.Ask.Status, line.Ask.Version, line.Ask.CreatedAt,
        line.Ask.FeedbackAnswerId);

    private static async Task<AskDetail> DetailAsync(Guid communityId, AskLine line, AskLedger ledger, CancellationToken cancellationToken)
    {
        var names = await ledger.NamesAsync(communityId, line.Ask.Changes.Select(c => c.Decision.ById), cancellationToken);
        return new(Summary(line), line.Ask.Changes.OrderBy(c => c.Decision.At).Select(c => new AskChangeEntry(
            c.From, c.To, c.Decision.At, names.GetValueOrDefault(c.Decision.ById), c.Decision.Reason, c.RaisedWith, c.Note, c.AcknowledgedAt)).ToList());
    }
}
