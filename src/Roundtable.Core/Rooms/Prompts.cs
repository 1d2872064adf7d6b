using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Rooms;

public sealed record PromptResult(RoomOutcome Outcome, PromptView? Prompt, string? Error, IReadOnlyList<RoomEventView> Events);

// The questions a facilitator puts to the room. Several may be open at once (a question for
// everyone while breakout groups answer theirs); nothing nags anyone who does not answer.
public sealed class Prompts(RoundtableDb db, RoomChanges changes)
{
    // The words the seeds use, for the facilitator to keep or change.
    public static string SuggestedText(PromptKind kind) => kind switch
    {
        PromptKind.BestHopes => "What are your best hopes from today?",
        PromptKind.GoneWell => "What's gone well since we last met?",
        PromptKind.Scaling => "On a scale of 1 to 10, where are we now?",
        PromptKind.ClosingWord => "One word for how you feel as we finish",
        PromptKind.Reflection => "What has stayed with you from what you heard?",
        _ => "",
    };

    public static PromptView View(RoomPrompt prompt) =>
        new(prompt.Id, prompt.Kind, prompt.Text, prompt.Audience, prompt.AsksGoodEnough, prompt.OpenedAt, prompt.ClosedAt);

    // Null when the text will do; otherwise what to tell the facilitator.
    public static string? CheckText(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "Enter the question"
        : text.Trim().Length > RoomPrompt.TextMaxLength ? $"The question must be {RoomPrompt.TextMaxLength} characters or fewer"
        : null;

    public Task<List<RoomPrompt>> InRoomAsync(Guid roomId, CancellationToken cancellationToken = default) =>
        db.RoomPrompts.AsNoTracking().Where(p => p.RoomId == roomId).OrderBy(p => p.OpenedAt).ToListAsync(cancellationToken);

    public async Task<PromptResult> OpenAsync(
        Guid roomId, PromptKind kind, string? text, PromptAudience audience, bool asksGoodEnough, Guid openedById,
        CancellationToken cancellationToken = default)
    {
        if (CheckText(text) is { } error)
        {
            return new PromptResult(RoomOutcome.Unchanged, null, error, []);
        }

        await using var change = await changes.BeginAsync(roomId, cancellationToken);
        if (change is null)
        {
            return new PromptResult(RoomOutcome.NotFound, null, null, []);
        }

        if (change.Room.State != RoomState.Open)
        {
            return new PromptResult(RoomOutcome.NotOpen, null, null, []);
        }

        var prompt = new RoomPrompt
        {
            RoomId = roomId,
            Kind = kind,
            Text = text!.Trim(),
            Audience = audience,
            AsksGoodEnough = kind == PromptKind.Scaling && asksGoodEnough,
            OpenedById = openedById,
            OpenedAt = change.Now,
        };
        db.RoomPrompts.Add(prompt);
        change.Append(RoomEventKind.PromptOpened, View(prompt));
        return new PromptResult(RoomOutcome.Done, View(prompt), null, await change.CommitAsync(cancellationToken));
    }

    // Answers still being typed are not lost: sent after this, they are kept as general
    // contributions (see Contributions.AddAsync).
    public async Task<PromptResult> CloseAsync(Guid roomId, Guid promptId, CancellationToken cancellationToken = default)
    {
        await using var change = await changes.BeginAsync(roomId, cancellationToken);
        var prompt = change is null ? null
            : await db.RoomPrompts.SingleOrDefaultAsync(p => p.Id == promptId && p.RoomId == roomId, cancellationToken);
        if (change is null || prompt is null)
        {
            return new PromptResult(RoomOutcome.NotFound, null, null, []);
        }

        if (!prompt.IsOpen)
        {
            return new PromptResult(RoomOutcome.Unchanged, View(prompt), null, []);
        }

        prompt.ClosedAt = change.Now;
        change.Append(RoomEventKind.PromptClosed, View(prompt));
        return new PromptResult(RoomOutcome.Done, View(prompt), null, await change.CommitAsync(cancellationToken));
    }
}
