using Microsoft.AspNetCore.Http.HttpResults;
using Roundtable.Core.Mailing;
using Roundtable.Web.Security;

namespace Roundtable.Web.Api;

// The community's email list, as on its page: co-leads only. Members are counts; subscribers are
// listed with where each stands. Adding one sends them a confirmation link.
public static class EmailListApi
{
    public sealed record NewSubscriber(string? Email);

    public sealed record NewMailing(string? Subject, string? Message, Guid? SubmissionKey);

    public static RouteGroupBuilder MapEmailListApi(this RouteGroupBuilder community)
    {
        community.MapGet("/email-list", ViewAsync)
            .RequireAuthorization(Policies.CommunityCoLead)
            .WithName("GetEmailList")
            .WithSummary("How many members agreed to be contacted, and the outside subscribers with their status.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapPost("/email-list/subscribers", AddAsync)
            .RequireAuthorization(Policies.CommunityCoLead)
            .WithName("AddSubscriber")
            .WithSummary("Add an outside subscriber: a confirmation link is emailed, and they are on the list once they follow it.")
            .WithDescription("Adding an address already waiting sends a new link; one already confirmed answers 200 and sends nothing.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        community.MapDelete("/email-list/subscribers/{id:guid}", RemoveAsync)
            .RequireAuthorization(Policies.CommunityCoLead)
            .WithName("RemoveSubscriber")
            .WithSummary("Take a subscriber off the list.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        community.MapGet("/email-list/mailings", ListAsync)
            .RequireAuthorization(Policies.CommunityCoLead)
            .WithName("GetMailings")
            .WithSummary("Everything sent to the list, newest first, with how far each has got.")
            .ProducesProblem(StatusCodes.Status403Forbidden);

        community.MapPost("/email-list/mailings", SendAsync)
            .RequireAuthorization(Policies.CommunityCoLead)
            .WithName("SendMailing")
            .WithSummary("Send a plain message to everyone on the list, in the background; answers 202 with where to follow its progress.")
            .WithDescription("Sending the same submissionKey again answers with the mailing queued the first time.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        community.MapGet("/email-list/mailings/{id:guid}", ProgressAsync)
            .RequireAuthorization(Policies.CommunityCoLead)
            .WithName("GetMailing")
            .WithSummary("How a mailing is going: recipients, sent, failed, and each failure with its reason.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return community;
    }

    private static async Task<Guid> CommunityIdAsync(string slug, HttpContext http, CurrentCommunity current, CancellationToken cancellationToken) =>
        (await current.FindAsync(slug, http.User, cancellationToken))!.Community.Id;

    private static ProblemHttpResult Forbidden(IReadOnlyList<Core.Problem> problems) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, detail: problems.Count > 0 ? problems[0].Message : EmailListAccess.NotACoLead);

    private static async Task<Ok<EmailListView>> ViewAsync(
        string slug, HttpContext http, CurrentCommunity current, Core.Mailing.EmailList list, CancellationToken cancellationToken) =>
        TypedResults.Ok(await list.ViewAsync(await CommunityIdAsync(slug, http, current, cancellationToken), cancellationToken));

    private static async Task<Results<Created<SubscriberView>, Ok<SubscriberView>, ValidationProblem, ProblemHttpResult>> AddAsync(
        string slug, NewSubscriber input, HttpContext http, CurrentCommunity current, Core.Mailing.EmailList list, CancellationToken cancellationToken)
    {
        var communityId = await CommunityIdAsync(slug, http, current, cancellationToken);
        var result = await list.AddAsync(communityId, input.Email, http.User.PersonId()!.Value, cancellationToken);
        if (result.Outcome == SubscriberOutcome.NotACoLead)
        {
            return Forbidden(result.Problems);
        }

        if (result.Outcome == SubscriberOutcome.Invalid)
        {
            return ApiProblems.Invalid(result.Problems);
        }

        var view = (await list.ViewAsync(communityId, cancellationToken)).Subscribers.Single(s => s.Id == result.Subscriber!.Id);
        return result.Outcome == SubscriberOutcome.AlreadyOnList
            ? TypedResults.Ok(view)
            : TypedResults.Created($"/api/v1/communities/{slug}/email-list", view);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(
        string slug, Guid id, HttpContext http, CurrentCommunity current, Core.Mailing.EmailList list, CancellationToken cancellationToken)
    {
        var result = await list.RemoveAsync(await CommunityIdAsync(slug, http, current, cancellationToken), id, http.User.PersonId()!.Value, cancellationToken);
        return result.Outcome switch
        {
            SubscriberOutcome.NotACoLead => Forbidden(result.Problems),
            SubscriberOutcome.NotFound => ApiProblems.NotFound("There is no such subscriber on the list."),
            _ => TypedResults.NoContent(),
        };
    }

    private static async Task<Ok<IReadOnlyList<MailingProgress>>> ListAsync(
        string slug, HttpContext http, CurrentCommunity current, Mailings mailings, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mailings.ListAsync(await CommunityIdAsync(slug, http, current, cancellationToken), cancellationToken));

    private static async Task<Results<Accepted<MailingProgress>, ValidationProblem, ProblemHttpResult>> SendAsync(
        string slug, NewMailing input, HttpContext http, CurrentCommunity current, Mailings mailings, CancellationToken cancellationToken)
    {
        var communityId = await CommunityIdAsync(slug, http, current, cancellationToken);
        var result = await mailings.QueueAsync(
            communityId, input.Subject, input.Message, null, http.User.PersonId()!.Value, input.SubmissionKey ?? Guid.NewGuid(), cancellationToken: cancellationToken);
        if (result.Outcome == MailingOutcome.NotACoLead)
        {
            return Forbidden(result.Problems);
        }

        if (!result.Done)
        {
            return ApiProblems.Invalid(result.Problems);
        }

        var progress = (await mailings.ProgressAsync(communityId, result.Mailing!.Id, cancellationToken))!;
        return TypedResults.Accepted($"/api/v1/communities/{slug}/email-list/mailings/{progress.Id}", progress);
    }

    private static async Task<Results<Ok<MailingProgress>, ProblemHttpResult>> ProgressAsync(
        string slug, Guid id, HttpContext http, CurrentCommunity current, Mailings mailings, CancellationToken cancellationToken) =>
        await mailings.ProgressAsync(await CommunityIdAsync(slug, http, current, cancellationToken), id, cancellationToken) is { } progress
            ? TypedResults.Ok(progress)
            : ApiProblems.NotFound("There is no such mailing.");
}
