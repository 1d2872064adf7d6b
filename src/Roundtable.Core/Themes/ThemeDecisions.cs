using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Themes;

public enum ThemeOutcome
{
    Saved,

    // Already so (a second click, or the same decision made twice): nothing changed.
    Unchanged,

    // What they sent has Problems: nothing changed.
    Invalid,

    // Someone else changed the theme since it was read: nothing changed, Refusal says so.
    ChangedMeanwhile,

    // The theme was merged into another (Theme): nothing changed, Refusal says where it went.
    MergedAway,
    NotFound,
}

// Theme: the theme as it is after the decision (for a merge, the one kept; for a split, the new one).
public sealed record ThemeResult(ThemeOutcome Outcome, Theme? Theme, IReadOnlyList<Problem> Problems, string? Refusal = null)
{
    public bool Done => Outcome is ThemeOutcome.Saved or ThemeOutcome.Unchanged;

    internal static ThemeResult Invalid(IReadOnlyList<Problem> problems) => new(ThemeOutcome.Invalid, null, problems);

    internal static readonly ThemeResult NotFound = new(ThemeOutcome.NotFound, null, []);
}

// What a co-lead decides about a community's themes: naming them, putting contributions in them,
// choosing quotes, merging, splitting, settling and reopening, and saying no to a suggestion. Every
// contribution in a theme was put there by a person, and becomes an example the next suggestion
// learns from. Each change raises the theme's Version, so two co-leads deciding at once never
// lose a change silently: the second is told, and nothing of theirs is half-done.
public sealed class ThemeDecisions(RoundtableDb db, TimeProvider clock)
{
    public const string ChangedMeanwhile = "Someone else changed this theme while you were looking at it. Check it and try again.";

    public sealed record NewTheme(string? Title, string? Gist, IReadOnlyList<Guid> ContributionIds);

    public sealed record Edit(string? Title, string? Gist, int? SeenVersion);

    public async Task<ThemeResult> CreateAsync(Guid communityId, NewTheme input, Guid byId, CancellationToken cancellationToken = default)
    {
        var problems = new Problems();
        var (title, gist) = Words(problems, input.Title, input.Gist);
        var contributions = await ContributionsAsync(communityId, input.ContributionIds, problems, cancellationToken);
        if (problems.Any)
        {
            return ThemeResult.Invalid(problems);
        }

        var same = await db.Themes.Include(t => t.Contributions)
            .Where(t => t.CommunityId == communityId && t.MergedIntoId == null && t.Title == title)
            .FirstOrDefaultAsync(cancellationToken);
        if (same is not null)
        {
            // The same theme sent twice (a double submit) is made once.
            if (contributions.All(c => same.Contributions.Exists(tc => tc.ContributionId == c)))
            {
                return new(ThemeOutcome.Unchanged, same, []);
            }

            problems.Add(nameof(NewTheme.Title), $"There is already a theme called “{title}”. Give this one another title, or add these to that theme");
            return ThemeResult.Invalid(problems);
        }

        var now = clock.GetUtcNow();
        var theme = new Theme { CommunityId = communityId, Title = title!, Gist = gist, CreatedAt = now, CreatedById = byId };
        theme.Contributions.AddRange(contributions.Select(c => new ThemeContribution { ContributionId = c, AssignedById = byId, AssignedAt = now }));
        db.Themes.Add(theme);
        return await SaveAsync(theme, cancellationToken);
    }

    public async Task<ThemeResult> EditAsync(Guid communityId, Guid themeId, Edit input, CancellationToken cancellationToken = default)
    {
        var (theme, refused) = await OpenAsync(communityId, themeId, input.SeenVersion, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var problems = new Problems();
        var (title, gist) = Words(problems, input.Title, input.Gist);
        if (problems.Any)
        {
            return ThemeResult.Invalid(problems);
        }

        if (theme!.Title == title && theme.Gist == gist)
        {
            return new(ThemeOutcome.Unchanged, theme, []);
        }

        if (await db.Themes.AnyAsync(t => t.CommunityId == communityId && t.MergedIntoId == null && t.Id != themeId && t.Title == title, cancellationToken))
        {
            problems.Add(nameof(Edit.Title), $"There is already a theme called “{title}”. To make them one, merge them");
            return ThemeResult.Invalid(problems);
        }

        (theme.Title, theme.Gist) = (title!, gist);
        return await SaveAsync(theme, cancellationToken);
    }

    // A merged theme passes what it is given to the theme it went into: a suggestion shown before
    // the merge still lands where its theme now is.
    public async Task<ThemeResult> AssignAsync(Guid communityId, Guid themeId, IReadOnlyList<Guid> contributionIds, Guid byId, CancellationToken cancellationToken = default)
    {
        var theme = await FollowMergesAsync(communityId, themeId, cancellationToken);
        if (theme is null)
        {
            return ThemeResult.NotFound;
        }

        var problems = new Problems();
        var contributions = await ContributionsAsync(communityId, contributionIds, problems, cancellationToken);
        if (problems.Any)
        {
            return ThemeResult.Invalid(problems);
        }

        var now = clock.GetUtcNow();
        var adding = contributions.Where(c => !theme.Contributions.Exists(tc => tc.ContributionId == c)).ToList();
        if (adding.Count == 0)
        {
            return new(ThemeOutcome.Unchanged, theme, []);
        }

        foreach (var row in adding.Select(c => new ThemeContribution { ThemeId = theme.Id, ContributionId = c, AssignedById = byId, AssignedAt = now }))
        {
            // Added by name: a row with its id already made would otherwise be taken for one saved before.
            db.ThemeContributions.Add(row);
            theme.Contributions.Add(row);
        }
        return await SaveAsync(theme, cancellationToken);
    }

    public async Task<ThemeResult> UnassignAsync(Guid communityId, Guid themeId, Guid contributionId, CancellationToken cancellationToken = default)
    {
        var (theme, refused) = await OpenAsync(communityId, themeId, null, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var row = theme!.Contributions.Find(tc => tc.ContributionId == contributionId);
        if (row is null)
        {
            return new(ThemeOutcome.Unchanged, theme, []);
        }

        db.ThemeContributions.Remove(row);
        theme.Contributions.Remove(row);
        return await SaveAsync(theme, cancellationToken);
    }

    // Choosing (or no longer choosing) one of a theme's contributions as a quote to share.
    public async Task<ThemeResult> QuoteAsync(Guid communityId, Guid themeId, Guid contributionId, bool quoted, CancellationToken cancellationToken = default)
    {
        var (theme, refused) = await OpenAsync(communityId, themeId, null, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var row = theme!.Contributions.Find(tc => tc.ContributionId == contributionId);
        if (row is null)
        {
            return new(ThemeOutcome.Invalid, theme, [new Problem("ContributionId", "Choose a contribution in this theme")]);
        }

        if (row.Quoted == quoted)
        {
            return new(ThemeOutcome.Unchanged, theme, []);
        }

        row.Quoted = quoted;
        return await SaveAsync(theme, cancellationToken);
    }

    // Everything in the theme moves into the other, its quotes too; a contribution in both is kept
    // once, quoted if either quoted it. The merged theme stays behind, pointing at where it went.
    public async Task<ThemeResult> MergeAsync(Guid communityId, Guid themeId, Guid? intoId, int? seenVersion, Guid byId, CancellationToken cancellationToken = default)
    {
        var (theme, refused) = await OpenAsync(communityId, themeId, seenVersion, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var into = intoId is { } id && id != themeId ? await FollowMergesAsync(communityId, id, cancellationToken) : null;
        if (into is null || into.Id == themeId)
        {
            return ThemeResult.Invalid([new Problem("IntoId", "Choose the theme to merge this one into")]);
        }

        var now = clock.GetUtcNow();
        foreach (var row in theme!.Contributions.ToList())
        {
            if (into.Contributions.Find(tc => tc.ContributionId == row.ContributionId) is { } there)
            {
                there.Quoted |= row.Quoted;
            }
            else
            {
                var moved = new ThemeContribution
                {
                    ThemeId = into.Id, ContributionId = row.ContributionId, AssignedById = row.AssignedById, AssignedAt = row.AssignedAt, Quoted = row.Quoted,
                };
                db.ThemeContributions.Add(moved);
                into.Contributions.Add(moved);
            }

            db.ThemeContributions.Remove(row);
        }

        theme.Contributions.Clear();
        theme.MergedIntoId = into.Id;
        theme.MergedAt = now;
        theme.Version++;
        return await SaveAsync(into, cancellationToken, alsoChanged: theme);
    }

    // The chosen contributions leave the theme for a new one, quotes and all.
    public async Task<ThemeResult> SplitAsync(
        Guid communityId, Guid themeId, IReadOnlyList<Guid> contributionIds, string? title, int? seenVersion, Guid byId, CancellationToken cancellationToken = default)
    {
        var (theme, refused) = await OpenAsync(communityId, themeId, seenVersion, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var problems = new Problems();
        var (newTitle, _) = Words(problems, title, null);
        var moving = theme!.Contributions.Where(tc => contributionIds.Contains(tc.ContributionId)).ToList();
        if (moving.Count == 0 && contributionIds.Count > 0 && newTitle is not null
            && await db.Themes.Include(t => t.Contributions)
                .FirstOrDefaultAsync(t => t.CommunityId == communityId && t.MergedIntoId == null && t.Title == newTitle, cancellationToken) is { } made
            && contributionIds.All(c => made.Contributions.Exists(tc => tc.ContributionId == c)))
        {
            // The same split sent twice (a double submit) is made once.
            return new(ThemeOutcome.Unchanged, made, []);
        }

        if (moving.Count == 0)
        {
            problems.Add("ContributionIds", "Choose the contributions to move to the new theme");
        }
        else if (moving.Count == theme.Contributions.Count)
        {
            problems.Add("ContributionIds", "Leave at least one contribution in this theme, or rename it instead");
        }

        if (!problems.Any && await db.Themes.AnyAsync(t => t.CommunityId == communityId && t.MergedIntoId == null && t.Title == newTitle, cancellationToken))
        {
            problems.Add("Title", $"There is already a theme called “{newTitle}”. Give the new theme another title");
        }

        if (problems.Any)
        {
            return ThemeResult.Invalid(problems);
        }

        var now = clock.GetUtcNow();
        var split = new Theme { CommunityId = communityId, Title = newTitle!, CreatedAt = now, CreatedById = byId };
        foreach (var row in moving)
        {
            split.Contributions.Add(new ThemeContribution { ContributionId = row.ContributionId, AssignedById = byId, AssignedAt = now, Quoted = row.Quoted });
            db.ThemeContributions.Remove(row);
            theme.Contributions.Remove(row);
        }

        db.Themes.Add(split);
        theme.Version++;
        return await SaveAsync(split, cancellationToken, alsoChanged: theme);
    }

    public async Task<ThemeResult> SettleAsync(Guid communityId, Guid themeId, string? note, Guid byId, CancellationToken cancellationToken = default)
    {
        var (theme, refused) = await OpenAsync(communityId, themeId, null, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var problems = new Problems();
        var agreed = problems.Required("Note", note, "Enter what was agreed or done", "What was agreed or done", Theme.SettledNoteMaxLength);
        if (problems.Any)
        {
            return ThemeResult.Invalid(problems);
        }

        if (theme!.IsSettled && theme.SettledNote == agreed)
        {
            return new(ThemeOutcome.Unchanged, theme, []);
        }

        var now = clock.GetUtcNow();
        var open = theme.IsSettled ? await OpenSettlingAsync(theme.Id, cancellationToken) : null;
        if (open is null)
        {
            db.ThemeSettlings.Add(new ThemeSettling { ThemeId = theme.Id, SettledAt = theme.SettledAt ?? now, SettledById = byId, Note = agreed! });
        }
        else
        {
            // A second word on the same settling (the note put better) changes it, not the history.
            open.Note = agreed!;
        }

        theme.SettledAt ??= now;
        theme.SettledById = byId;
        theme.SettledNote = agreed;
        return await SaveAsync(theme, cancellationToken);
    }

    public async Task<ThemeResult> ReopenAsync(Guid communityId, Guid themeId, Guid byId, CancellationToken cancellationToken = default)
    {
        var (theme, refused) = await OpenAsync(communityId, themeId, null, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        if (!theme!.IsSettled)
        {
            return new(ThemeOutcome.Unchanged, theme, []);
        }

        if (await OpenSettlingAsync(theme.Id, cancellationToken) is { } open)
        {
            (open.ReopenedAt, open.ReopenedById) = (clock.GetUtcNow(), byId);
        }

        (theme.SettledAt, theme.SettledById, theme.SettledNote) = (null, null, null);
        return await SaveAsync(theme, cancellationToken);
    }

    private Task<ThemeSettling?> OpenSettlingAsync(Guid themeId, CancellationToken cancellationToken) =>
        db.ThemeSettlings.Where(s => s.ThemeId == themeId && s.ReopenedAt == null)
            .OrderByDescending(s => s.SettledAt).FirstOrDefaultAsync(cancellationToken);

    // No to a suggestion: this theme for this contribution, or (themeId null) this contribution as
    // part of a new theme. Remembered, so it is not offered again.
    public async Task<bool> IgnoreAsync(Guid communityId, Guid contributionId, Guid? themeId, Guid byId, CancellationToken cancellationToken = default)
    {
        var problems = new Problems();
        if ((await ContributionsAsync(communityId, [contributionId], problems, cancellationToken)).Count == 0
            || (themeId is { } id && !await db.Themes.AnyAsync(t => t.Id == id && t.CommunityId == communityId, cancellationToken)))
        {
            return false;
        }

        if (!await db.IgnoredSuggestions.AnyAsync(i => i.ContributionId == contributionId && i.ThemeId == themeId, cancellationToken))
        {
            db.IgnoredSuggestions.Add(new IgnoredSuggestion
            {
                CommunityId = communityId, ContributionId = contributionId, ThemeId = themeId, IgnoredById = byId, IgnoredAt = clock.GetUtcNow(),
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }

    private static (string? Title, string? Gist) Words(Problems problems, string? title, string? gist) =>
        (problems.Required("Title", title, "Enter a title for the theme", "Title", Theme.TitleMaxLength),
         problems.Optional("Gist", gist, "Gist", Theme.GistMaxLength));

    // The theme to change, refused when it has gone, was merged away, or changed since it was seen.
    private async Task<(Theme? Theme, ThemeResult? Refused)> OpenAsync(Guid communityId, Guid themeId, int? seenVersion, CancellationToken cancellationToken)
    {
        var theme = await db.Themes.Include(t => t.Contributions).SingleOrDefaultAsync(t => t.Id == themeId && t.CommunityId == communityId, cancellationToken);
        if (theme is null)
        {
            return (null, ThemeResult.NotFound);
        }

        if (theme.MergedIntoId is not null)
        {
            var now = await FollowMergesAsync(communityId, theme.Id, cancellationToken);
            return (null, new(ThemeOutcome.MergedAway, now, [], $"This theme was merged into “{now?.Title}”."));
        }

        return seenVersion is { } seen && seen != theme.Version
            ? (null, new(ThemeOutcome.ChangedMeanwhile, theme, [], ChangedMeanwhile))
            : (theme, null);
    }

    private async Task<Theme?> FollowMergesAsync(Guid communityId, Guid themeId, CancellationToken cancellationToken)
    {
        Theme? theme = null;
        for (Guid? next = themeId; next is { } id; next = theme?.MergedIntoId)
        {
            theme = await db.Themes.Include(t => t.Contributions).SingleOrDefaultAsync(t => t.Id == id && t.CommunityId == communityId, cancellationToken);
        }

        return theme;
    }

    // The contributions asked for, each said in one of this community's meetings and still there
    // to read; a problem when any is not.
    private async Task<List<Guid>> ContributionsAsync(Guid communityId, IReadOnlyList<Guid> ids, Problems problems, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var found = await (
                from c in db.Contributions
                join room in db.Rooms on c.RoomId equals room.Id
                where wanted.Contains(c.Id) && room.Session.CommunityId == communityId && !c.Hidden && c.DeletedAt == null
                select c.Id)
            .ToListAsync(cancellationToken);
        if (found.Count != wanted.Count)
        {
            problems.Add("ContributionIds", "Choose contributions said in this community's sessions");
        }

        return wanted.Where(found.Contains).ToList();
    }

    private async Task<ThemeResult> SaveAsync(Theme theme, CancellationToken cancellationToken, Theme? alsoChanged = null)
    {
        if (db.Entry(theme).State != EntityState.Added)
        {
            theme.Version++;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another co-lead's change landed between our read and our write (a concurrency
            // token, or the same contribution put in the same theme at once).
            db.ChangeTracker.Clear();
            return new(ThemeOutcome.ChangedMeanwhile, alsoChanged ?? theme, [], ChangedMeanwhile);
        }

        return new(ThemeOutcome.Saved, theme, []);
    }
}
