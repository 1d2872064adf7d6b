using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Rooms;

public sealed record ContributionRecord(ContributionView Contribution, ReactionCounts Reactions);

// What one breakout group said (Group null: said to everyone, or by someone in no group).
public sealed record GroupRecord(int? Group, IReadOnlyList<ContributionRecord> Contributions);

public sealed record PromptRecord(
    PromptView Prompt, IReadOnlyList<GroupRecord> Groups, ReactionTally Reactions, ScaleSummary? Scale, IReadOnlyList<WordCount>? ClosingWords);

// Everything said in the room, ready for themes and reports: by prompt and breakout group, with
// what was said outside any prompt as General. Hidden and deleted contributions are not part of
// it; anonymous ones stay unnamed.
public sealed record SessionRecord(Guid RoomId, RoomState State, IReadOnlyList<PromptRecord> Prompts, IReadOnlyList<ContributionRecord> General);

public sealed class RoomRecord(RoundtableDb db)
{
    // Null when the session never had a room.
    public async Task<SessionRecord?> ForSessionAsync(Guid sessionId, CancellationToken cancellationToken = default)
    {
        var room = await db.Rooms.AsNoTracking().Include(r => r.Session).SingleOrDefaultAsync(r => r.SessionId == sessionId, cancellationToken);
        if (room is null)
        {
            return null;
        }

        var prompts = await db.RoomPrompts.AsNoTracking().Where(p => p.RoomId == room.Id).OrderBy(p => p.OpenedAt).ToListAsync(cancellationToken);
        var contributions = await db.Contributions.AsNoTracking().Include(c => c.Photo)
            .Where(c => c.RoomId == room.Id && !c.Hidden && c.DeletedAt == null)
            .OrderBy(c => c.Sequence).ToListAsync(cancellationToken);
        var reactions = (await db.Reactions.AsNoTracking().Where(r => r.RoomId == room.Id)
                .Select(r => new { r.ContributionId, r.Kind }).ToListAsync(cancellationToken))
            .ToLookup(r => r.ContributionId, r => r.Kind);
        var names = new RoomNames(db);
        await names.LoadAsync(room.Session.CommunityId, contributions, cancellationToken);

        ContributionRecord Record(Contribution c) =>
            new(RoomNames.View(c, names.NameOf(c)), ReactionCounts.Of(c.Id, reactions[c.Id]));

        var byPrompt = contributions.Where(c => c.PromptId is not null).ToLookup(c => c.PromptId!.Value);
        var promptRecords = prompts.Select(prompt =>
        {
            var answers = byPrompt[prompt.Id].ToList();
            var groups = answers.GroupBy(c => c.BreakoutGroupNumber)
                .OrderBy(g => g.Key is null ? 0 : 1).ThenBy(g => g.Key)
                .Select(g => new GroupRecord(g.Key, g.Select(Record).ToList()))
                .ToList();
            var scale = prompt.Kind == PromptKind.Scaling
                ? ScaleSummary.Of(answers.Select(a => a.Scale).OfType<int>(), answers.Select(a => a.GoodEnough).OfType<int>())
                : null;
            var words = prompt.Kind == PromptKind.ClosingWord
                ? ClosingWords.Count(answers.Where(a => a.Kind is ContributionKind.ClosingWord or ContributionKind.Spoken).Select(a => a.Text))
                : null;
            return new PromptRecord(Prompts.View(prompt), groups, ReactionTally.Of(answers.SelectMany(a => reactions[a.Id])), scale, words);
        }).ToList();

        var general = contributions.Where(c => c.PromptId is null).Select(Record).ToList();
        return new SessionRecord(room.Id, room.State, promptRecords, general);
    }
}
