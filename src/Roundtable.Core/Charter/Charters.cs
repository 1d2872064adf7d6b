using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Charter;

public abstract record CharterSave
{
    public sealed record Saved(CharterVersion Version) : CharterSave;

    // Nothing differs from what is already saved: no new version.
    public sealed record Unchanged(CharterVersion Current) : CharterSave;

    // Someone else changed the same part since the editor began: nothing is overwritten, and
    // the editor is shown both.
    public sealed record Conflict(CharterVersion Current) : CharterSave;
}

// Reads and writes the living charter. Every change makes a whole new version (copying the
// parts that did not change), so history and comparison need nothing else.
public sealed class Charters(RoundtableDb db, TimeProvider clock)
{
    public Task<CharterVersion?> CurrentAsync(Guid communityId, CancellationToken cancellationToken = default) =>
        WithContent().Where(v => v.CommunityId == communityId).OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);

    public Task<CharterVersion?> VersionAsync(Guid communityId, int number, CancellationToken cancellationToken = default) =>
        WithContent().SingleOrDefaultAsync(v => v.CommunityId == communityId && v.Number == number, cancellationToken);

    // Version 1, from the template; saved with the community that owns it.
    public CharterVersion StartFirst(Community community, Guid authorId, string note = "Started from the charter template")
    {
        var version = new CharterVersion
        {
            CommunityId = community.Id,
            Number = 1,
            AuthorId = authorId,
            CreatedAt = clock.GetUtcNow(),
            Note = note,
        };
        var position = 0;
        foreach (var section in CharterTemplate.Sections(community.Region))
        {
            version.Sections.Add(new CharterSection { Position = position++, Key = section.Key, Title = section.Title, Body = section.Body });
        }

        position = 0;
        foreach (var principle in CharterTemplate.Principles)
        {
            version.Principles.Add(new DiscussionPrinciple { Position = position++, Name = principle.Name, Description = principle.Description });
        }

        db.CharterVersions.Add(version);
        return version;
    }

    public async Task<CharterSave> SaveSectionAsync(
        Guid communityId, string key, string body, string note, int basedOn, Guid authorId, Guid? creditedToId = null,
        CancellationToken cancellationToken = default)
    {
        var current = await CurrentAsync(communityId, cancellationToken) ?? throw new InvalidOperationException("The community has no charter.");
        var section = current.Sections.SingleOrDefault(s => s.Key == key) ?? throw new InvalidOperationException($"No section '{key}'.");
        if (Same(section.Body, body))
        {
            return new CharterSave.Unchanged(current);
        }

        if (current.Number != basedOn)
        {
            var original = await VersionAsync(communityId, basedOn, cancellationToken);
            if (original?.Sections.SingleOrDefault(s => s.Key == key) is not { } before || !Same(before.Body, section.Body))
            {
                return new CharterSave.Conflict(current);
            }
        }

        return await SaveNextAsync(current, note, authorId, creditedToId, sections: s => s.Key == key ? body : s.Body, principles: null, cancellationToken);
    }

    public async Task<CharterSave> SavePrinciplesAsync(
        Guid communityId, IReadOnlyList<CharterTemplate.Principle> principles, string note, int basedOn, Guid authorId,
        CancellationToken cancellationToken = default)
    {
        var current = await CurrentAsync(communityId, cancellationToken) ?? throw new InvalidOperationException("The community has no charter.");
        if (SamePrinciples(current.Principles, principles))
        {
            return new CharterSave.Unchanged(current);
        }

        if (current.Number != basedOn)
        {
            var original = await VersionAsync(communityId, basedOn, cancellationToken);
            if (original is null || !SamePrinciples(original.Principles, Of(current.Principles)))
            {
                return new CharterSave.Conflict(current);
            }
        }

        return await SaveNextAsync(current, note, authorId, null, sections: s => s.Body, principles, cancellationToken);
    }

    private async Task<CharterSave> SaveNextAsync(
        CharterVersion current, string note, Guid authorId, Guid? creditedToId, Func<CharterSection, string> sections,
        IReadOnlyList<CharterTemplate.Principle>? principles, CancellationToken cancellationToken)
    {
        var next = new CharterVersion
        {
            CommunityId = current.CommunityId,
            Number = current.Number + 1,
            AuthorId = authorId,
            CreatedAt = clock.GetUtcNow(),
            Note = note,
            CreditedToId = creditedToId,
        };
        foreach (var section in current.Sections)
        {
            next.Sections.Add(new CharterSection { Position = section.Position, Key = section.Key, Title = section.Title, Body = sections(section) });
        }

        var position = 0;
        foreach (var principle in principles ?? Of(current.Principles))
        {
            next.Principles.Add(new DiscussionPrinciple { Position = position++, Name = principle.Name, Description = principle.Description });
        }

        db.CharterVersions.Add(next);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another save took this version number first.
            db.ChangeTracker.Clear();
            return new CharterSave.Conflict(await CurrentAsync(current.CommunityId, cancellationToken) ?? current);
        }

        return new CharterSave.Saved(next);
    }

    private IQueryable<CharterVersion> WithContent() =>
        db.CharterVersions.AsNoTracking()
            .Include(v => v.Sections.OrderBy(s => s.Position))
            .Include(v => v.Principles.OrderBy(p => p.Position))
            .Include(v => v.Author)
            .Include(v => v.CreditedTo)
            .AsSplitQuery();

    private static List<CharterTemplate.Principle> Of(IEnumerable<DiscussionPrinciple> principles) =>
        principles.OrderBy(p => p.Position).Select(p => new CharterTemplate.Principle(p.Name, p.Description)).ToList();

    private static bool SamePrinciples(IEnumerable<DiscussionPrinciple> saved, IReadOnlyList<CharterTemplate.Principle> proposed) =>
        SamePrinciples(Of(saved), proposed);

    private static bool SamePrinciples(IReadOnlyList<CharterTemplate.Principle> a, IReadOnlyList<CharterTemplate.Principle> b) =>
        a.SequenceEqual(b);

    private static bool Same(string a, string b) => Normalise(a) == Normalise(b);

    // Browsers send textarea lines ending \r\n; what was saved may end \n.
    public static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
