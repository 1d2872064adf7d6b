using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.RunningOrders;
using Roundtable.Core.Sessions;
using Roundtable.Web.Pages.Communities.RunningOrders;
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

        if (RunningOrderTemplates.Find(input.Template?.Trim()) is not { } template)
        {
            return ApiProblems.Invalid(
                "template",
                $"Choose a running order to start from: \"{RunningOrderTemplates.StokeKey}\" or \"{RunningOrderTemplates.OnlineKey}\"");
        }

        var saved = session.RunningOrder.OrderBy(i => i.Position).ToList();
        if (RunningOrderRules.Replaces(saved, template) && !input.Replace)
        {
            return ApiProblems.Conflict($"Session {number} already has a running order: send replace: true to replace it with ‘{template.Name}’.");
        }

        var outcome = await editor.UseTemplateAsync(session.Id, template, replace: saved.Count > 0, input.Version ?? RunningOrderRules.Fingerprint(saved), cancellationToken);
        if (outcome == RunningOrderEditor.Outcome.ChangedMeanwhile)
        {
            return ApiProblems.Conflict(
                "Someone else changed this running order after the version you sent. Fetch it again, check it, then send yours with its version.");
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

        var state = new ModelStateDictionary();
        var forms = input.Items.Select(Form).ToList();
        // The form leaves out rows with nothing in them (its spare rows); an item sent empty is a mistake.
        foreach (var (form, i) in forms.Select((form, i) => (form, i)).Where(f => f.form.IsBlank))
        {
            state.AddModelError($"Rows[{i}].Title", "Enter what happens in this item");
        }

        // The running order page's rows check each item exactly as the page does.
        if (RunningOrderRowForm.Read(state, forms) is not { } rows || !state.IsValid)
        {
            return ApiProblems.Invalid(state, ItemField);
        }

        var saved = session.RunningOrder.OrderBy(i => i.Position).ToList();
        var outcome = await editor.SaveAsync(session.Id, input.Version ?? RunningOrderRules.Fingerprint(saved), rows, cancellationToken);
        if (outcome == RunningOrderEditor.Outcome.ChangedMeanwhile)
        {
            return ApiProblems.Conflict(
                "Someone else changed this running order after the version you sent. Fetch it again, check it, then send yours with its version.");
        }

        var now = (await schedule.FindAsync(here.Community.Id, SessionKind.Session, number, cancellationToken))!;
        return TypedResults.Ok(Detail(now));
    }

    private static RunningOrderRowForm Form(RunningOrderItemChange item, int index) => new()
    {
        Id = item.Id,
        Position = (index + 1).ToString(CultureInfo.InvariantCulture),
        Title = item.Title,
        Minutes = item.Minutes?.ToString(CultureInfo.InvariantCulture),
        Kind = item.Kind ?? RunningOrderItemKind.Item,
        Presenter = item.Presenter,
        Notes = item.Notes,
    };

    // "Rows[2].Minutes" becomes "items[2].minutes".
    private static string ItemField(string key)
    {
        var dot = key.IndexOf("].", StringComparison.Ordinal);
        return dot < 0 || !key.StartsWith("Rows[", StringComparison.Ordinal)
            ? ApiProblems.FormField(key)
            : $"items{key["Rows".Length..(dot + 2)]}{char.ToLowerInvariant(key[dot + 2])}{key[(dot + 3)..]}";
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
