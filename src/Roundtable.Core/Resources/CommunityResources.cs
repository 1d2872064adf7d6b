using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Core.Themes;

namespace Roundtable.Core.Resources;

public sealed record TaggedSession(Guid Id, SessionKind Kind, int Number, string? Topic);

public sealed record TaggedTheme(Guid Id, string Title);

// A resource as the list shows it, without its file's bytes.
public sealed record ResourceView(
    Guid Id, ResourceKind Kind, string Title, string? Description, string? Url, string? Where,
    DateOnly? StartsOn, TimeOnly? StartTime, DateOnly? EndsOn, TimeOnly? EndTime,
    string? FileName, string? ContentType, int? FileLength,
    IReadOnlyList<TaggedSession> Sessions, IReadOnlyList<TaggedTheme> Themes,
    Guid AddedById, DateTimeOffset AddedAt, int Version);

public sealed record ResourceFilter(ResourceKind? Kind = null, Guid? SessionId = null, Guid? ThemeId = null);

// A web address written in an imported chat, not yet on the list, and the meeting it was shared in.
public sealed record ChatLink(string Url, TaggedSession SharedIn);

// Reading the community's resources as one member may see them.
public sealed class CommunityResources(RoundtableDb db, CommunityThemes themes)
{
    public async Task<IReadOnlyList<ResourceView>> ListAsync(
        Guid communityId, ResourceVisitor visitor, ResourceFilter filter, CancellationToken cancellationToken = default)
    {
        var query = db.Resources.AsNoTracking().Where(r => r.CommunityId == communityId).VisibleTo(visitor);
        if (filter.Kind is { } kind)
        {
            query = query.Where(r => r.Kind == kind);
        }

        if (filter.SessionId is { } sessionId)
        {
            query = query.Where(r => r.Sessions.Any(s => s.Id == sessionId));
        }

        if (filter.ThemeId is { } themeId)
        {
            query = query.Where(r => r.Themes.Any(t => t.Id == themeId));
        }

        var rows = await query
            .OrderByDescending(r => r.AddedAt).ThenByDescending(r => r.Id)
            .AsSplitQuery()
            .Select(r => new
            {
                Resource = r,
                File = r.File == null ? null : new { r.File.FileName, r.File.ContentType, r.File.Length },
                Sessions = r.Sessions.OrderBy(s => s.StartsAt).Select(s => new TaggedSession(s.Id, s.Kind, s.Number, s.Topic)).ToList(),
                Themes = r.Themes.Select(t => new TaggedTheme(t.Id, t.Title)).ToList(),
            })
            .ToListAsync(cancellationToken);

        // A theme heard only where this person was not is not theirs to know of, nor what is tagged to it.
        var seen = rows.Any(r => r.Themes.Count > 0)
            ? (await themes.ReadAsync(communityId, visitor.Membership, cancellationToken)).Themes.Select(t => t.Theme.Id).ToHashSet()
            : [];
        return rows
            .Where(r => r.Themes.All(t => seen.Contains(t.Id)))
            .Select(r => new ResourceView(
                r.Resource.Id, r.Resource.Kind, r.Resource.Title, r.Resource.Description, r.Resource.Url, r.Resource.Where,
                r.Resource.StartsOn, r.Resource.StartTime, r.Resource.EndsOn, r.Resource.EndTime,
                r.File?.FileName, r.File?.ContentType, r.File?.Length, r.Sessions, r.Themes,
                r.Resource.AddedById, r.Resource.AddedAt, r.Resource.Version))
            .ToList();
    }

    public async Task<ResourceView?> FindAsync(Guid communityId, Guid resourceId, ResourceVisitor visitor, CancellationToken cancellationToken = default) =>
        (await ListAsync(communityId, visitor, new ResourceFilter(), cancellationToken)).FirstOrDefault(r => r.Id == resourceId);

    // The file, only to someone who may see its resource.
    public async Task<ResourceFile?> FileAsync(Guid communityId, Guid resourceId, ResourceVisitor visitor, CancellationToken cancellationToken = default) =>
        await FindAsync(communityId, resourceId, visitor, cancellationToken) is null
            ? null
            : await db.ResourceFiles.AsNoTracking().FirstOrDefaultAsync(f => f.ResourceId == resourceId, cancellationToken);

    // The links written in the chats imported into meetings this person may see (imports not
    // undone), less those already on the list: each offered once, from the meeting it was first shared in.
    public async Task<IReadOnlyList<ChatLink>> ChatLinksAsync(Guid communityId, ResourceVisitor visitor, CancellationToken cancellationToken = default)
    {
        var imports = await db.ContributionImports.AsNoTracking()
            .Where(i => i.Session.CommunityId == communityId && i.UndoneAt == null && i.Links != "")
            .Where(i => visitor.InLivedExpertSpace || i.Session.Kind == SessionKind.Session)
            .OrderBy(i => i.Session.StartsAt).ThenBy(i => i.ImportedAt)
            .Select(i => new { i.Links, Session = new TaggedSession(i.Session.Id, i.Session.Kind, i.Session.Number, i.Session.Topic) })
            .ToListAsync(cancellationToken);
        if (imports.Count == 0)
        {
            return [];
        }

        var listed = await db.Resources.Where(r => r.CommunityId == communityId && r.Url != null).Select(r => r.Url!).ToListAsync(cancellationToken);
        var known = listed.Select(Comparable).ToHashSet(StringComparer.Ordinal);
        var links = new List<ChatLink>();
        foreach (var import in imports)
        {
            foreach (var url in import.Links.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && known.Add(Comparable(url)))
                {
                    links.Add(new ChatLink(url, import.Session));
                }
            }
        }

        return links;
    }

    // One address written two ways ("HTTPS://Example.org/a/" and "https://example.org/a") is one link.
    public static string Comparable(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            ? $"{uri.Host.ToLowerInvariant()}{(uri.IsDefaultPort ? "" : ":" + uri.Port)}{uri.AbsolutePath.TrimEnd('/')}{uri.Query}"
            : url.Trim();

    // What a member may tag a resource to: the sessions and themes they may see.
    public async Task<(IReadOnlyList<TaggedSession> Sessions, IReadOnlyList<TaggedTheme> Themes)> TagChoicesAsync(
        Guid communityId, ResourceVisitor visitor, CancellationToken cancellationToken = default)
    {
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.CommunityId == communityId).VisibleTo(visitor.Membership)
            .OrderBy(s => s.StartsAt).Select(s => new TaggedSession(s.Id, s.Kind, s.Number, s.Topic)).ToListAsync(cancellationToken);
        var book = await themes.ReadAsync(communityId, visitor.Membership, cancellationToken);
        return (sessions, book.Themes.Select(t => new TaggedTheme(t.Theme.Id, t.Theme.Title)).ToList());
    }
}
