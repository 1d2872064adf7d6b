using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Themes;

public sealed record SuggestedTheme(Guid ThemeId, string Title, double Score);

// A contribution not yet in any theme, and the themes it most likely belongs to, best first.
public sealed record Unassigned(Contribution Contribution, IReadOnlyList<SuggestedTheme> Likeliest);

// Similar contributions offered as a new theme, with a title from their most distinctive words.
public sealed record ProposedGroup(string Title, IReadOnlyList<Contribution> Members);

public sealed record SessionSuggestions(IReadOnlyList<Unassigned> Unassigned, IReadOnlyList<ProposedGroup> Groups);

// Help to find a session's themes, with a person deciding: for each contribution not yet in a
// theme the likeliest existing themes, and groups of the rest as candidate new themes. The index
// is built from the community's themes and the contributions people put in them, kept until the
// database next changes (KeptReads), never rebuilt per contribution. What a co-lead ignored is
// not offered again. The same data gives the same suggestions (the engine is deterministic, and
// everything is read in a fixed order), whether the sentence encoder's vectors were stored or
// are encoded now (ContributionMeanings).
public sealed class ThemeSuggestions(RoundtableDb db, IThemeEngine engine, KeptReads kept, ContributionMeanings meanings)
{
    public const int Take = 3;

    private sealed record IndexKey(Guid CommunityId);

    public async Task<SessionSuggestions> ForSessionAsync(Guid communityId, Guid sessionId, CancellationToken cancellationToken = default)
    {
        var said = await (
                from c in db.Contributions.AsNoTracking()
                join room in db.Rooms on c.RoomId equals room.Id
                where room.SessionId == sessionId && room.Session.CommunityId == communityId
                      && !c.Hidden && c.DeletedAt == null && c.Text != null && c.Text != ""
                      && !db.ThemeContributions.Any(tc => tc.ContributionId == c.Id)
                orderby c.Sequence
                select c)
            .ToListAsync(cancellationToken);
        var saidIds = said.Select(c => c.Id).ToList();
        var ignored = (await db.IgnoredSuggestions.AsNoTracking()
                .Where(i => saidIds.Contains(i.ContributionId))
                .Select(i => new { i.ContributionId, i.ThemeId })
                .ToListAsync(cancellationToken))
            .ToLookup(i => i.ContributionId, i => i.ThemeId);

        var (index, titles) = await IndexAsync(communityId, cancellationToken);
        await meanings.RecallAsync(said.Select(c => new Said(c.Id, c.Text!)).ToList(), cancellationToken);
        var unassigned = new List<Unassigned>();
        foreach (var contribution in said)
        {
            var no = ignored[contribution.Id].OfType<Guid>().ToHashSet();
            var likeliest = (await index.SuggestAsync(contribution.Text!, Take + no.Count, cancellationToken))
                .Where(s => !no.Contains(s.ThemeId))
                .Take(Take)
                .Select(s => new SuggestedTheme(s.ThemeId, titles[s.ThemeId], s.Score))
                .ToList();
            unassigned.Add(new Unassigned(contribution, likeliest));
        }

        var toGroup = said.Where(c => !ignored[c.Id].Contains(null)).ToList();
        var byId = toGroup.ToDictionary(c => c.Id);
        var groups = (await engine.GroupAsync(toGroup.Select(c => new TextToGroup(c.Id, c.Text!)).ToList(), cancellationToken))
            .Select(g => new ProposedGroup(g.Title, g.Members.Select(id => byId[id]).ToList()))
            .ToList();
        return new SessionSuggestions(unassigned, groups);
    }

    private Task<(IThemeIndex Index, IReadOnlyDictionary<Guid, string> Titles)> IndexAsync(Guid communityId, CancellationToken cancellationToken) =>
        kept.GetAsync<(IThemeIndex, IReadOnlyDictionary<Guid, string>)>(new IndexKey(communityId), async ct =>
        {
            var themes = await db.Themes.AsNoTracking()
                .Where(t => t.CommunityId == communityId && t.MergedIntoId == null)
                .OrderBy(t => t.CreatedAt).ThenBy(t => t.Id)
                .Select(t => new { t.Id, t.Title, t.Gist })
                .ToListAsync(ct);
            var examples = (await db.ThemeContributions.AsNoTracking()
                    .Where(tc => tc.Theme.CommunityId == communityId && tc.Theme.MergedIntoId == null && tc.Contribution.Text != null)
                    .OrderBy(tc => tc.AssignedAt).ThenBy(tc => tc.Id)
                    .Select(tc => new { tc.ThemeId, tc.ContributionId, tc.Contribution.Text })
                    .ToListAsync(ct))
                .ToLookup(e => e.ThemeId);
            await meanings.RecallAsync(examples.SelectMany(e => e).Select(e => new Said(e.ContributionId, e.Text!)).ToList(), ct);
            var index = await engine.IndexAsync(themes.Select(t => new ThemeExamples(t.Id, t.Title, t.Gist, examples[t.Id].Select(e => e.Text!).ToList())).ToList(), ct);
            return (index, (IReadOnlyDictionary<Guid, string>)themes.ToDictionary(t => t.Id, t => t.Title));
        }, cancellationToken);
}
