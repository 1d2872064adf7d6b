using Microsoft.AspNetCore.Http.HttpResults;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.RunningOrders;
using Roundtable.Core.Sessions;
using Roundtable.Web.Security;

namespace Roundtable.Web.Api;

// A session's running order: members read it (it is their own plan for the session, as the session
// page shows them); facilitators replace it, or start it from a template, as on the running order
// page. Its total is set against the session's length: running over is saved, and said.
public static class RunningOrderApi
{
    public sealed record RunningOrderDetail(
        string Version,
        IReadOnlyList<RunningOrderEntry> Items,
        int PlannedMinutes,
        int SessionMinutes,
        string Summary,
        string? Problem);

    public sealed record RunningOrderEntry(Guid Id, int Position, string Title, int Minutes, RunningOrderItemKind Kind, string? Presenter, string? Notes);

    // Items in the order they happen. An item sent with the id of one already there changes it in
    // place; the others are added; any not sent are removed.
    public sealed record RunningOrderChange(string? Version, IReadOnlyList<RunningOrderItemChange>? Items);

    public sealed record RunningOrderItemChange(Guid? Id, string? Title, int? Minutes, RunningOrderItemKind? Kind, string? Presenter, string? Notes);

    // Template: "stoke" or "online". Replace must be true to replace a running order already made.
    public sealed record UseTemplate(string? Template, bool Replace, string? Version);

    public static RouteGroupBuilder MapRunningOrderApi(this RouteGroupBuilder runningOrder)
    {
        runningOrder.MapGet("/", GetAsync)
            .RequireAuthorization(Policies.CommunityMember)
            .WithName("GetRunningOrder")
            .WithSummary("A session's running order: its items with their minutes, and the total against the session's length.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        runningOrder.MapPut("/", ReplaceAsync)
            .RequireAuthorization(Policies.CommunityFacilitator)
            .WithName("ReplaceRunningOrder")
            .WithSummary("Replace a session's running order. A presentation or case study names its presenter and holds up to 5 minutes.")
            .WithDescription(
                "For facilitators. Send the version you last read to be told (409) if someone else changed it since; without " +
                "one, it replaces the running order as it is now. Running over the session's length is saved, with the problem said. " +
                "Sending the same running order twice saves it once.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        runningOrder.MapPost("/template", UseTemplateAsync)
            .RequireAuthorization(Policies.CommunityFacilitator)
            .WithName("UseRunningOrderTemplate")
            .WithSummary($"Start a session's running order from a template: \"{RunningOrderTemplates.StokeKey}\" (the Stoke-on-Trent two hours) or \"{RunningOrderTemplates.OnlineKey}\" (ninety minutes online).")
            .WithDescription(
                "For facilitators, as on the running order page; then change it as you need. Replacing a running order already made " +
                "needs replace: true (409 otherwise); send the version you last read to be told (409) if someone else changed it since. " +
                "Using the template the running order already follows changes nothing.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return runningOrder;
    }

    private static async Task<Results<Ok<RunningOrderDetail>, ValidationProblem, ProblemHttpResult>> UseTemplateAsync(
        string slug, int number, UseTemplate input, HttpContext http, CurrentCommunity current, SessionSchedule schedule,
        RunningOrderEditor editor, CancellationToken cancellationToken)
    {
        var (here, session) = await SessionsApi.FindAsync(slug, SessionKind.Session, number, http, current, schedule, cancellationToken);
        if (session is null)
        {
            return SessionsApi.NoSuch(SessionKind.Session, number);
        }

        var result = await editor.UseTemplateAsync(session.Id, new TemplateChoice(input.Template, input.Replace, input.Version), cancellationToken);
        switch (result.Outcome)
        {
            case RunningOrderEditor.Outcome.NotFound:
                return SessionsApi.NoSuch(SessionKind.Session, number);
            case RunningOrderEditor.Outcome.Invalid:
                // The request names templates by their keys.
                return ApiProblems.Invalid(result.Problems.Select(p => p.Field == nameof(TemplateChoice.Template)
                    ? p with { Message = $"{p.Message}: \"{RunningOrderTemplates.StokeKey}\" or \"{RunningOrderTemplates.OnlineKey}\"" }
                    : p));
            case RunningOrderEditor.Outcome.NotConfirmed:
                return ApiProblems.Conflict($"{result.Refusal}: send replace: true to replace it with ‘{result.Template!.Name}’.");
            case RunningOrderEditor.Outcome.ChangedMeanwhile:
                return ApiProblems.Conflict($"{result.Refusal} {FetchAgain}");
        }

        var now = (await schedule.FindAsync(here.Community.Id, SessionKind.Session, number, cancellationToken))!;
        return TypedResults.Ok(Detail(now));
    }

    private static async Task<Results<Ok<RunningOrderDetail>, ProblemHttpResult>> GetAsync(
        string slug, int number, HttpContext http, CurrentCommunity current, SessionSchedule schedule, CancellationToken cancellationToken)
    {
        var (_, session) = await SessionsApi.FindAsync(slug, SessionKind.Session, number, http, current, schedule, cancellationToken);
        return session is null ? SessionsApi.NoSuch(SessionKind.Session, number) : TypedResults.Ok(Detail(session));
    }

    private static async Task<Results<Ok<RunningOrderDetail>, ValidationProblem, ProblemHttpResult>> ReplaceAsync(
        string slug, int number, RunningOrderChange input, HttpContext http, CurrentCommunity current, SessionSchedule schedule,
        RunningOrderEditor editor, CancellationToken cancellationToken)
    {
        var (here, session) = await SessionsApi.FindAsync(slug, SessionKind.Session, number, http, current, schedule, cancellationToken);
        if (session is null)
        {
            return SessionsApi.NoSuch(SessionKind.Session, number);
        }

        if (input.Items is null)
        {
            return ApiProblems.Invalid("items", "Send the running order's items, in order: an empty list clears it");
        }

        // Each item is numbered by its place in the list, where it stays.
        var items = input.Items
            .Select((item, i) => new RunningOrderItemEdit(item.Id, i + 1, item.Title, item.Minutes, item.Kind, item.Presenter, item.Notes))
            .ToList();
        var result = await editor.SaveAsync(session.Id, new RunningOrderEdit(items, input.Version), cancellationToken);
        switch (result.Outcome)
        {
            case RunningOrderEditor.Outcome.NotFound:
                return SessionsApi.NoSuch(SessionKind.Session, number);
            case RunningOrderEditor.Outcome.Invalid:
                return ApiProblems.Invalid(result.Problems.Select(p => p with { Field = ItemField(p.Field) }));
            case RunningOrderEditor.Outcome.ChangedMeanwhile:
                return ApiProblems.Conflict($"{result.Refusal} {FetchAgain}");
        }

        var now = (await schedule.FindAsync(here.Community.Id, SessionKind.Session, number, cancellationToken))!;
        return TypedResults.Ok(Detail(now));
    }

    private const string FetchAgain = "Fetch it again, check it, then send yours with its version.";

    // "Items[2].Minutes" becomes "items[2].minutes", as the request names it.
    private static string ItemField(string field)
    {
        var dot = field.LastIndexOf('.');
        return dot < 0 ? field : $"{char.ToLowerInvariant(field[0])}{field[1..(dot + 1)]}{char.ToLowerInvariant(field[dot + 1])}{field[(dot + 2)..]}";
    }

    private static RunningOrderDetail Detail(Session session)
    {
        var items = session.RunningOrder.OrderBy(i => i.Position).ToList();
        var timing = RunningOrderRules.Timing(items, session);
        return new RunningOrderDetail(
            RunningOrderRules.Fingerprint(items),
            items.Select(i => new RunningOrderEntry(i.Id, i.Position, i.Title, i.Minutes, i.Kind, i.Presenter, i.Notes)).ToList(),
            timing.PlannedMinutes,
            timing.SessionMinutes,
            timing.Summary,
            timing.Problem);
    }
}
