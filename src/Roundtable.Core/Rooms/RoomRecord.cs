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
public sealed record SessionRecord(Guid RoomId, RoomState State, IReadOnlyList<PromptRecord> Prompts, IReadOnlyList<ContributionRecord> General)
{
    // Everything in it that someone with this sight of the breakout groups may read.
    public IEnumerable<ContributionRecord> SeenWith(GroupSight sight) =>
        Prompts.SelectMany(p => p.Groups).SelectMany(g => g.Contributions).Concat(General)
            .Where(c => sight.Sees(c.Contribution.BreakoutGroupNumber));
}

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

    public const int PageSize = 200;

    // What the reader may see of the room's contributions after the given sequence number, in
    // order, each with its reaction counts. Deleted ones are gone for everyone; hidden ones are
    // there only for facilitators, with why. Names as the room gives them: none when anonymous.
    public async Task<ContributionPage> ContributionsAsync(
        Guid roomId, RoomReader reader, long after = 0, int take = PageSize, CancellationToken cancellationToken = default)
    {
        take = Math.Clamp(take, 1, PageSize);
        var found = await Visible(roomId, reader).Where(c => c.Sequence > after)
            .OrderBy(c => c.Sequence).Take(take + 1).ToListAsync(cancellationToken);
        var page = found.Take(take).ToList();
        var ids = page.Select(c => c.Id).ToList();
        // The photos' descriptions, not their bytes.
        var photos = await db.ContributionPhotos.AsNoTracking().Where(p => ids.Contains(p.ContributionId))
            .Select(p => new { p.ContributionId, p.Description, p.ContentType })
            .ToDictionaryAsync(p => p.ContributionId, p => new PhotoView(p.Description, p.ContentType), cancellationToken);
        var reactions = (await db.Reactions.AsNoTracking().Where(r => ids.Contains(r.ContributionId))
                .Select(r => new { r.ContributionId, r.Kind }).ToListAsync(cancellationToken))
            .ToLookup(r => r.ContributionId, r => r.Kind);
        var communityId = await db.Rooms.Where(r => r.Id == roomId).Select(r => r.Session.CommunityId).SingleOrDefaultAsync(cancellationToken);
        var names = new RoomNames(db);
        await names.LoadAsync(communityId, page, cancellationToken);
        return new ContributionPage(
            page.Select(c => new ReadContribution(
                RoomNames.View(c, names.NameOf(c)) with { Photo = photos.GetValueOrDefault(c.Id) },
                ReactionCounts.Of(c.Id, reactions[c.Id]),
                c.Hidden ? new HiddenNote(c.HiddenReason!, c.HiddenAt!.Value) : null)).ToList(),
            found.Count > take);
    }

    // A contribution's photo, when the reader may see the contribution.
    public Task<ContributionPhoto?> PhotoAsync(Guid roomId, Guid contributionId, RoomReader reader, CancellationToken cancellationToken = default)
    {
        var visible = Visible(roomId, reader);
        return db.ContributionPhotos.AsNoTracking()
            .Where(p => p.ContributionId == contributionId && visible.Any(c => c.Id == contributionId))
            .SingleOrDefaultAsync(cancellationToken);
    }

    private IQueryable<Contribution> Visible(Guid roomId, RoomReader reader)
    {
        var contributions = db.Contributions.AsNoTracking().Where(c => c.RoomId == roomId && c.DeletedAt == null);
        if (reader.Facilitator)
        {
            return contributions;
        }

        contributions = contributions.Where(c => !c.Hidden);
        if (reader.Sight.AllGroups)
        {
            return contributions;
        }

        var group = reader.Sight.Group;
        return contributions.Where(c => c.BreakoutGroupNumber == null || c.BreakoutGroupNumber == group);
    }
}

// Whose eyes the room is read through. Facilitators see every breakout group and, marked, what
// was hidden; anyone else sees what was said to the whole room and in their own breakout group,
// as the hub sends it to them.
public sealed record RoomReader(bool Facilitator, GroupSight Sight)
{
    public static RoomReader Facilitating { get; } = new(true, GroupSight.Everything);

    // The shared screen: every group's answers, nothing hidden.
    public static RoomReader Projector { get; } = new(false, GroupSight.Everything);

    public static RoomReader InGroup(int? group) => new(false, GroupSight.Own(group));

    public static RoomReader For(RoomRole role, BreakoutSeat seat) => role == RoomRole.Facilitator ? Facilitating : InGroup(seat.Group);

    public int? BreakoutGroup => Sight.Group;

    public bool Sees(int? breakoutGroup) => Facilitator || Sight.Sees(breakoutGroup);
}

// Only facilitators read this: why a contribution was hidden, and when.
public sealed record HiddenNote(string Reason, DateTimeOffset At);

public sealed record ReadContribution(ContributionView Contribution, ReactionCounts Reactions, HiddenNote? Hidden);

// A page of contributions in sequence order. More: there are more after the last; ask again from it.
public sealed record ContributionPage(IReadOnlyList<ReadContribution> Contributions, bool More);
