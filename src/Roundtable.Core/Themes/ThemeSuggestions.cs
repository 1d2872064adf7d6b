using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Themes;

public sealed record SuggestedTheme(Guid ThemeId, string Title, double Score);

// A contribution not yet in any theme, and the themes it most likely belongs to, best first.
public sealed record Unassigned(Contribution Contribution, IReadOnlyList<SuggestedTheme> Likeliest);

// Similar contributions offered as a new theme, with a title from their most distinctive words.
public sealed record ProposedGroup(string Title, IReadOnlyList<Contribution> Members);

// Where a session's suggestions came from: Roundtable's own engine, the embeddings service the
// community chose, or Roundtable's own engine because that service did not answer this time.
public enum SuggestionsFrom
{
    OwnEngine,
    Service,
    OwnEngineInstead,
}

public sealed record SessionSuggestions(IReadOnlyList<Unassigned> Unassigned, IReadOnlyList<ProposedGroup> Groups, SuggestionsFrom From = SuggestionsFrom.OwnEngine);

// Help to find a session's themes, with a person deciding: for each contribution not yet in a
// theme the likeliest existing themes, and groups of the rest as candidate new themes. The index
// is built from the community's themes and the contributions people put in them, kept until the
// database next changes (KeptReads), never rebuilt per contribution. What a co-lead ignored is
// not offered again. The same data gives the same suggestions (the engine is deterministic, and
// everything is read in a fixed order). The engine is the one the community chose (ThemeEngines);
// when that is an embeddings service, what the lived-expert group said in preparation meetings is
// never given to it, and when it fails, Roundtable's own engine answers instead. Roundtable's own
// engine answers the same whether the sentence encoder's vectors were stored or are encoded now
// (ContributionMeanings).
public sealed class ThemeSuggestions(RoundtableDb db, ThemeEngines engines, KeptReads kept, ContributionMeanings meanings)
{
    public const int Take = 3;

    private sealed record IndexKey(Guid CommunityId, bool ForService);

    private sealed record Unthemed(List<Contribution> Contributions, ILookup<Guid, Guid?> Ignored);

    // reader: who is asking; a theme heard only in preparation meetings is offered only to those
    // who may see it (ThemeAccess), as it is listed only for them.
    public async Task<SessionSuggestions> ForSessionAsync(Guid communityId, Guid sessionId, Membership? reader, CancellationToken cancellationToken = default)
    {
        var said = await SaidAsync(communityId, sessionId, cancellationToken);
        IReadOnlyCollection<Guid> unseen = CommunityAccess.InLivedExpertSpace(reader) ? [] : await PreparationOnlyAsync(communityId, cancellationToken);
        var kind = await db.Sessions.Where(s => s.Id == sessionId).Select(s => s.Kind).FirstOrDefaultAsync(cancellationToken);
        var service = kind == SessionKind.Session ? await engines.ServiceForAsync(communityId, cancellationToken) : null;
        if (service is not null)
        {
            try
            {
                return await SuggestAsync(service, forService: true, communityId, said, unseen, SuggestionsFrom.Service, cancellationToken);
            }
            catch (EmbeddingsUnavailableException)
            {
                // EmbeddingsClient logged why; the co-lead is told by From.
            }
        }

        return await SuggestAsync(engines.Own, forService: false, communityId, said, unseen, service is null ? SuggestionsFrom.OwnEngine : SuggestionsFrom.OwnEngineInstead, cancellationToken);
    }

    private async Task<Unthemed> SaidAsync(Guid communityId, Guid sessionId, CancellationToken cancellationToken)
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
        return new Unthemed(said, ignored);
    }

    private async Task<SessionSuggestions> SuggestAsync(
        IThemeEngine engine, bool forService, Guid communityId, Unthemed said, IReadOnlyCollection<Guid> unseen, SuggestionsFrom from, CancellationToken cancellationToken)
    {
        var (index, titles) = await IndexAsync(engine, forService, communityId, cancellationToken);
        if (!forService)
        {
            await meanings.RecallAsync(said.Contributions.Select(c => new Said(c.Id, c.Text!)).ToList(), cancellationToken);
        }

        var no = said.Contributions.Select(c => said.Ignored[c.Id].OfType<Guid>().Concat(unseen).ToHashSet()).ToList();
        // One question for every contribution, asking for enough to leave out what was ignored.
        var each = await index.SuggestEachAsync(said.Contributions.Select(c => c.Text!).ToList(), Take + no.Select(n => n.Count).DefaultIfEmpty().Max(), cancellationToken);
        var unassigned = said.Contributions
            .Select((contribution, i) => new Unassigned(contribution, each[i]
                .Where(s => !no[i].Contains(s.ThemeId))
                .Take(Take)
                .Select(s => new SuggestedTheme(s.ThemeId, titles[s.ThemeId], s.Score))
                .ToList()))
            .ToList();

        var toGroup = said.Contributions.Where(c => !said.Ignored[c.Id].Contains(null)).ToList();
        var byId = toGroup.ToDictionary(c => c.Id);
        var groups = (await engine.GroupAsync(toGroup.Select(c => new TextToGroup(c.Id, c.Text!)).ToList(), cancellationToken))
            .Select(g => new ProposedGroup(g.Title, g.Members.Select(id => byId[id]).ToList()))
            .ToList();
        return new SessionSuggestions(unassigned, groups, from);
    }

    private async Task<IReadOnlyList<Guid>> PreparationOnlyAsync(Guid communityId, CancellationToken cancellationToken)
    {
        var heardIn = await (
                from tc in db.ThemeContributions.AsNoTracking()
                join room in db.Rooms on tc.Contribution.RoomId equals room.Id
                where tc.Theme.CommunityId == communityId && tc.Theme.MergedIntoId == null
                select new { tc.ThemeId, room.Session.Kind })
            .Distinct()
            .ToListAsync(cancellationToken);
        return heardIn.GroupBy(h => h.ThemeId)
            .Where(g => !ThemeAccess.CanSeeTheme(g.Select(h => h.Kind), null))
            .Select(g => g.Key).ToList();
    }

    // For a service, only what everyone in the community may see is given to it: examples said in
    // sessions, and themes heard in at least one session (or not yet heard anywhere).
    private Task<(IThemeIndex Index, IReadOnlyDictionary<Guid, string> Titles)> IndexAsync(
        IThemeEngine engine, bool forService, Guid communityId, CancellationToken cancellationToken) =>
        kept.GetAsync<(IThemeIndex, IReadOnlyDictionary<Guid, string>)>(new IndexKey(communityId, forService), async ct =>
        {
            var themes = await db.Themes.AsNoTracking()
                .Where(t => t.CommunityId == communityId && t.MergedIntoId == null)
                .OrderBy(t => t.CreatedAt).ThenBy(t => t.Id)
                .Select(t => new { t.Id, t.Title, t.Gist })
                .ToListAsync(ct);
            var examples = await (
                    from tc in db.ThemeContributions.AsNoTracking()
                    join room in db.Rooms on tc.Contribution.RoomId equals room.Id
                    where tc.Theme.CommunityId == communityId && tc.Theme.MergedIntoId == null && tc.Contribution.Text != null
                    orderby tc.AssignedAt, tc.Id
                    select new { tc.ThemeId, tc.ContributionId, tc.Contribution.Text, room.Session.Kind })
                .ToListAsync(ct);
            var byTheme = examples.ToLookup(e => e.ThemeId);
            var given = themes
                .Where(t => !forService || ThemeAccess.CanSeeTheme(byTheme[t.Id].Select(e => e.Kind), membership: null))
                .Select(t => new ThemeExamples(t.Id, t.Title, t.Gist, byTheme[t.Id]
                    .Where(e => !forService || ThemeAccess.CanSee(e.Kind, membership: null))
                    .Select(e => e.Text!)
                    .ToList()))
                .ToList();
            if (!forService)
            {
                await meanings.RecallAsync(examples.Select(e => new Said(e.ContributionId, e.Text!)).ToList(), ct);
            }

            var index = await engine.IndexAsync(given, ct);
            return (index, (IReadOnlyDictionary<Guid, string>)themes.ToDictionary(t => t.Id, t => t.Title));
        }, cancellationToken);
}
