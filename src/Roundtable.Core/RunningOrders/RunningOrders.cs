using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;

namespace Roundtable.Core.RunningOrders;

// A running order's total against the session's length. Running over is allowed (a facilitator
// may plan to stay on), but it is said plainly, as is time left unplanned.
public sealed record RunningOrderTiming(int PlannedMinutes, int SessionMinutes)
{
    public int Difference => PlannedMinutes - SessionMinutes;

    public bool RunsOver => Difference > 0;

    public bool RunsUnder => Difference < 0;

    public string Summary =>
        $"{Minutes(PlannedMinutes)} planned, for a session of {Minutes(SessionMinutes)}.";

    public string? Problem => Difference switch
    {
        > 0 => $"The running order is {Minutes(Difference)} longer than the session.",
        < 0 => $"{Minutes(-Difference)} of the session {(Difference == -1 ? "is" : "are")} not planned.",
        _ => null,
    };

    public static string Minutes(int minutes) => minutes == 1 ? "1 minute" : $"{minutes} minutes";
}

public static class RunningOrderRules
{
    public static int LengthInMinutes(Session session) => (int)Math.Round((session.EndsAt - session.StartsAt).TotalMinutes);

    public static RunningOrderTiming Timing(IEnumerable<RunningOrderItem> items, Session session) =>
        new(items.Sum(i => i.Minutes), LengthInMinutes(session));

    // Whether a running order is a template's, unchanged: using that template again changes nothing.
    public static bool Follows(IReadOnlyList<RunningOrderItem> items, RunningOrderTemplate template) =>
        items.Count == template.Items.Count &&
        items.OrderBy(i => i.Position).Zip(RunningOrderTemplates.ItemsFor(template, Guid.Empty)).All(pair => Row(pair.Second).SameAs(pair.First));

    private static RunningOrderRow Row(RunningOrderItem item) => new(item.Id, item.Title, item.Minutes, item.Kind, item.Presenter, item.Notes);

    // Whether starting from a template would replace a running order someone made: it must then be
    // asked for. One that already follows the template is not replaced, so a second click is harmless.
    public static bool Replaces(IReadOnlyList<RunningOrderItem> items, RunningOrderTemplate template) =>
        items.Count > 0 && !Follows(items, template);

    // What an editor saw, so a save can tell whether someone else changed the running order since.
    public static string Fingerprint(IEnumerable<RunningOrderItem> items)
    {
        var text = new StringBuilder();
        foreach (var item in items.OrderBy(i => i.Position).ThenBy(i => i.Id))
        {
            text.Append(item.Id).Append('\u001f').Append(item.Position).Append('\u001f').Append(item.Title).Append('\u001f')
                .Append(item.Minutes).Append('\u001f').Append(item.Kind).Append('\u001f').Append(item.Presenter).Append('\u001f')
                .Append(item.Notes).Append('\u001e');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32];
    }
}

// One row of a running order as an editor left it; Id is the stored item it came from, if any.
public sealed record RunningOrderRow(Guid? Id, string Title, int Minutes, RunningOrderItemKind Kind, string? Presenter, string? Notes)
{
    public bool SameAs(RunningOrderItem item) =>
        Title == item.Title && Minutes == item.Minutes && Kind == item.Kind && Presenter == item.Presenter && Notes == item.Notes;
}

// Saving a running order: every rule of its items checked here (RunningOrderEdit), items changed
// in place (their ids stay, so anything pointing at an item, such as the live room's current item,
// still finds it), checked against what the editor saw so two editors never silently overwrite
// each other, and safe to save twice. Running over the session's length is saved, and said.
public sealed class RunningOrderEditor(RoundtableDb db)
{
    public enum Outcome
    {
        Saved,
        Unchanged,

        // What they sent has Problems: nothing changed.
        Invalid,
        ChangedMeanwhile,

        // A template would replace the items already there, and that was not agreed.
        NotConfirmed,
        NotFound,
    }

    // Timing: the running order as it now stands against the session's length.
    public sealed record Result(Outcome Outcome, IReadOnlyList<Problem> Problems, RunningOrderTiming? Timing = null, string? Refusal = null)
    {
        public RunningOrderTemplate? Template { get; init; }
    }

    private const string ChangedMeanwhile = "Someone else changed this running order while you were editing it.";

    public async Task<Result> SaveAsync(Guid sessionId, RunningOrderEdit edit, CancellationToken cancellationToken = default)
    {
        var problems = new Problems();
        if (edit.Read(problems) is not { } rows)
        {
            return new(Outcome.Invalid, problems);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await LockAsync(sessionId, cancellationToken) is not { } session)
        {
            return new(Outcome.NotFound, []);
        }

        var timing = new RunningOrderTiming(rows.Sum(r => r.Minutes), RunningOrderRules.LengthInMinutes(session));
        var items = await db.RunningOrderItems.Where(i => i.SessionId == sessionId).OrderBy(i => i.Position).ToListAsync(cancellationToken);
        if (items.Count == rows.Count && items.Zip(rows).All(pair => pair.Second.SameAs(pair.First)))
        {
            return new(Outcome.Unchanged, [], timing);
        }

        if (edit.SeenVersion is { } seen && seen != RunningOrderRules.Fingerprint(items))
        {
            return new(Outcome.ChangedMeanwhile, [], Refusal: ChangedMeanwhile);
        }

        var byId = items.ToDictionary(i => i.Id);
        var kept = new HashSet<Guid>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Id is { } id && byId.TryGetValue(id, out var item) && kept.Add(id))
            {
                item.Position = i + 1;
                item.Title = row.Title;
                item.Minutes = row.Minutes;
                item.Kind = row.Kind;
                item.Presenter = row.Presenter;
                item.Notes = row.Notes;
            }
            else
            {
                db.RunningOrderItems.Add(new RunningOrderItem
                {
                    SessionId = sessionId,
                    Position = i + 1,
                    Title = row.Title,
                    Minutes = row.Minutes,
                    Kind = row.Kind,
                    Presenter = row.Presenter,
                    Notes = row.Notes,
                });
            }
        }

        db.RunningOrderItems.RemoveRange(items.Where(i => !kept.Contains(i.Id)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(Outcome.Saved, [], timing);
    }

    // Starts the running order from a template. Replacing one that has items must be agreed, and is
    // checked against the version the editor saw; building an empty one twice builds it once.
    public async Task<Result> UseTemplateAsync(Guid sessionId, TemplateChoice choice, CancellationToken cancellationToken = default)
    {
        var template = RunningOrderTemplates.Find(choice.Template?.Trim());
        if (template is null)
        {
            var problems = new Problems();
            problems.Add(nameof(TemplateChoice.Template), "Choose a running order to start from");
            return new(Outcome.Invalid, problems);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await LockAsync(sessionId, cancellationToken) is not { } session)
        {
            return new(Outcome.NotFound, []);
        }

        var items = await db.RunningOrderItems.Where(i => i.SessionId == sessionId).OrderBy(i => i.Position).ToListAsync(cancellationToken);
        var timing = new RunningOrderTiming(template.Minutes, RunningOrderRules.LengthInMinutes(session));
        if (RunningOrderRules.Follows(items, template))
        {
            return new(Outcome.Unchanged, [], timing) { Template = template };
        }

        if (!choice.Replace && RunningOrderRules.Replaces(items, template))
        {
            return new(Outcome.NotConfirmed, [], Refusal: $"{SessionWords.Name(session)} already has a running order") { Template = template };
        }

        if (items.Count > 0 && choice.SeenVersion is { } seen && seen != RunningOrderRules.Fingerprint(items))
        {
            return new(Outcome.ChangedMeanwhile, [], Refusal: ChangedMeanwhile) { Template = template };
        }

        db.RunningOrderItems.RemoveRange(items);
        db.RunningOrderItems.AddRange(RunningOrderTemplates.ItemsFor(template, sessionId));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(Outcome.Saved, [], timing) { Template = template };
    }

    // Writing the session's row (to the value it has) holds it until the transaction ends: on
    // PostgreSQL a row lock, on SQLite the database's write lock. A second save waits its turn, then
    // sees what the first one saved. The session as it is then, or null when there is none.
    private async Task<Session?> LockAsync(Guid sessionId, CancellationToken cancellationToken) =>
        await db.Sessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(set => set.SetProperty(s => s.Sequence, s => s.Sequence), cancellationToken) == 0
            ? null
            : await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == sessionId, cancellationToken);
}
