using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Sessions;

namespace Roundtable.Core.Themes;

// One contribution in a theme, with the session it was said in.
public sealed record HeardIn(Guid ThemeId, Contribution Contribution, Session Session, bool Quoted);

// A theme as one reader may see it: its place at each session they may see, and the words behind it.
// Settlings: each time it was settled (and reopened), oldest first.
public sealed record ThemeLine(Theme Theme, IReadOnlyList<ThemeAtSession> Timeline, IReadOnlyList<HeardIn> Heard, IReadOnlyList<ThemeSettling> Settlings)
{
    public ThemeAtSession? At(Guid sessionId) => Timeline.FirstOrDefault(t => t.SessionId == sessionId);

    public int SessionsHeardIn => Timeline.Count(t => t.Contributions > 0);
}

public sealed record ThemeBook(IReadOnlyList<Session> Sessions, IReadOnlyList<ThemeLine> Themes)
{
    // The themes heard at one session, new ones first, and the summary line for it.
    public IReadOnlyList<ThemeLine> HeardAt(Guid sessionId) =>
        Themes.Where(t => t.At(sessionId) is { Contributions: > 0 })
            .OrderBy(t => t.At(sessionId)!.Status).ThenBy(t => t.Theme.Title, StringComparer.CurrentCultureIgnoreCase).ToList();

    public string SummaryAt(Guid sessionId)
    {
        var heard = HeardAt(sessionId);
        return ThemeTimeline.Summary(
            heard.Count(t => t.At(sessionId)!.Status == ThemeStatus.Deepening), heard.Count(t => t.At(sessionId)!.Status == ThemeStatus.New));
    }
}

// Reading a community's themes for one reader: only the sessions and contributions they may see
// (ThemeAccess), so where a theme stands is worked out from what they may know of it. What a
// reader may see depends only on whether they are in the lived-expert space, so the book is kept
// for each of the two (KeptReads): every member's session page shows it.
public sealed class CommunityThemes(RoundtableDb db, TimeProvider clock, KeptReads kept)
{
    public Task<ThemeBook> ReadAsync(Guid communityId, Membership? reader, CancellationToken cancellationToken = default) =>
        kept.GetAsync(
            (nameof(ThemeBook), communityId, CommunityAccess.InLivedExpertSpace(reader)),
            read => ReadFreshAsync(communityId, reader, read),
            cancellationToken);

    private async Task<ThemeBook> ReadFreshAsync(Guid communityId, Membership? reader, CancellationToken cancellationToken)
    {
        var themes = await db.Themes.AsNoTracking()
            .Where(t => t.CommunityId == communityId && t.MergedIntoId == null)
            .OrderBy(t => t.CreatedAt).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);
        var rows = await (
                from tc in db.ThemeContributions.AsNoTracking()
                where tc.Theme.CommunityId == communityId && tc.Theme.MergedIntoId == null
                      && !tc.Contribution.Hidden && tc.Contribution.DeletedAt == null
                join room in db.Rooms on tc.Contribution.RoomId equals room.Id
                select new { tc.ThemeId, tc.Contribution, room.Session, tc.Quoted })
            .ToListAsync(cancellationToken);
        var heard = rows.Select(r => new HeardIn(r.ThemeId, r.Contribution, r.Session, r.Quoted)).ToLookup(h => h.ThemeId);
        var settlings = (await db.ThemeSettlings.AsNoTracking()
                .Where(s => s.Theme.CommunityId == communityId && s.Theme.MergedIntoId == null)
                .ToListAsync(cancellationToken))
            .OrderBy(s => s.SettledAt).ThenBy(s => s.Id)
            .ToLookup(s => s.ThemeId);

        var now = clock.GetUtcNow();
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.CommunityId == communityId && s.Status == SessionStatus.Scheduled)
            .VisibleTo(reader)
            .ToListAsync(cancellationToken);
        var heardSessions = rows.Select(r => r.Session.Id).ToHashSet();
        sessions = sessions.Where(s => s.StartsAt <= now || heardSessions.Contains(s.Id))
            .OrderBy(s => s.StartsAt).ThenBy(s => s.Id).ToList();
        var inOrder = sessions.Select(s => new SessionInOrder(s.Id, s.StartsAt)).ToList();

        var lines = new List<ThemeLine>();
        foreach (var theme in themes)
        {
            var all = heard[theme.Id].ToList();
            if (!ThemeAccess.CanSeeTheme(all.Select(h => h.Session.Kind), reader))
            {
                continue;
            }

            var seen = all.Where(h => ThemeAccess.CanSee(h.Session.Kind, reader))
                .OrderBy(h => h.Session.StartsAt).ThenBy(h => h.Contribution.Sequence).ToList();
            var counts = seen.GroupBy(h => h.Session.Id).ToDictionary(g => g.Key, g => g.Count());
            lines.Add(new ThemeLine(theme, ThemeTimeline.Of(inOrder, counts, theme.SettledAt), seen, settlings[theme.Id].ToList()));
        }

        return new ThemeBook(sessions, lines);
    }

    // Whether a reader may know of each of these contributions: one said in a preparation meeting
    // is not there for anyone outside the lived-expert group, so no decision may name it either.
    // Ids that are no contribution of this community are left for the decision to refuse.
    public async Task<bool> MaySeeAllAsync(Guid communityId, IEnumerable<Guid> contributionIds, Membership? reader, CancellationToken cancellationToken = default)
    {
        var ids = contributionIds.Distinct().ToList();
        var kinds = await (
                from c in db.Contributions.AsNoTracking()
                join room in db.Rooms on c.RoomId equals room.Id
                where ids.Contains(c.Id) && room.Session.CommunityId == communityId
                select room.Session.Kind)
            .Distinct()
            .ToListAsync(cancellationToken);
        return kinds.TrueForAll(k => ThemeAccess.CanSee(k, reader));
    }

    // Who settled or reopened a theme, each named as they chose in this community; someone who has
    // since left is "a former member".
    public async Task<IReadOnlyDictionary<Guid, string>> DecidersAsync(Guid communityId, IEnumerable<ThemeSettling> settlings, CancellationToken cancellationToken = default)
    {
        var ids = settlings.SelectMany(s => new[] { s.SettledById, s.ReopenedById }).OfType<Guid>().Distinct().ToList();
        var memberships = await db.Memberships.AsNoTracking().Include(m => m.Person)
            .Where(m => m.CommunityId == communityId && ids.Contains(m.PersonId))
            .ToListAsync(cancellationToken);
        var named = memberships.ToDictionary(m => m.PersonId, MemberNames.AsTheyChose);
        return ids.ToDictionary(id => id, id => named.GetValueOrDefault(id) ?? "a former member");
    }

    // Who each quote is put down to when shared, as its speaker consented (QuoteAttribution).
    public async Task<IReadOnlyDictionary<Guid, Attribution>> AttributionsAsync(
        Guid communityId, IReadOnlyList<Contribution> contributions, CancellationToken cancellationToken = default)
    {
        var speakers = contributions.Select(QuoteAttribution.SpeakerOf).OfType<Guid>().Distinct().ToList();
        var memberships = await db.Memberships.AsNoTracking().Include(m => m.Person)
            .Where(m => m.CommunityId == communityId && speakers.Contains(m.PersonId))
            .ToDictionaryAsync(m => m.PersonId, cancellationToken);
        return contributions.DistinctBy(c => c.Id).ToDictionary(
            c => c.Id,
            c => QuoteAttribution.For(c, QuoteAttribution.SpeakerOf(c) is { } id ? memberships.GetValueOrDefault(id) : null));
    }

    // A theme, even one merged away (so its address can say where it went); null when it is not
    // this community's.
    public Task<Theme?> FindAsync(Guid communityId, Guid themeId, CancellationToken cancellationToken = default) =>
        db.Themes.AsNoTracking().SingleOrDefaultAsync(t => t.Id == themeId && t.CommunityId == communityId, cancellationToken);

    // Where a merged theme's contributions went: the theme at the end of its merges.
    public async Task<Theme?> WhereNowAsync(Guid communityId, Guid themeId, CancellationToken cancellationToken = default)
    {
        var theme = await FindAsync(communityId, themeId, cancellationToken);
        for (var hops = 0; theme?.MergedIntoId is { } next && hops < 50; hops++)
        {
            theme = await FindAsync(communityId, next, cancellationToken);
        }

        return theme;
    }
}
