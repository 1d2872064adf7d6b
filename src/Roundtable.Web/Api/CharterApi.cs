using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Charter;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Security;

namespace Roundtable.Web.Api;

// The living charter: the version in force, with what is still to be confirmed, and its history.
public static class CharterApi
{
    public sealed record CurrentCharter(
        int Number,
        DateTimeOffset SavedAt,
        string Note,
        string Author,
        IReadOnlyList<CharterSectionText> Sections,
        IReadOnlyList<PrincipleText> Principles,
        IReadOnlyList<ToBeConfirmedItem> ToBeConfirmed);

    public sealed record CharterVersionListing(int Number, DateTimeOffset SavedAt, string Note, string Author);

    public sealed record CharterVersionText(
        int Number,
        DateTimeOffset SavedAt,
        string Note,
        string Author,
        IReadOnlyList<CharterSectionText> Sections,
        IReadOnlyList<PrincipleText> Principles);

    // Body is Markdown, as written; pages render it without raw HTML.
    public sealed record CharterSectionText(string Key, string Title, string Body);

    public sealed record PrincipleText(string Name, string Description);

    public sealed record ToBeConfirmedItem(string SectionKey, string Text, DateOnly DueOn, string ConfirmedWith);

    public static RouteGroupBuilder MapCharterApi(this RouteGroupBuilder charter)
    {
        charter.RequireAuthorization(Policies.CommunityVisitor).ProducesProblem(StatusCodes.Status404NotFound);

        charter.MapGet("/", GetCurrentAsync)
            .WithName("GetCharter")
            .WithSummary("The community's charter as it stands: sections, discussion principles, and what is still to be confirmed.");

        charter.MapGet("/versions", ListVersionsAsync)
            .WithName("ListCharterVersions")
            .WithSummary("Every saved version of the charter, newest first: when, why, and by whom.");

        charter.MapGet("/versions/{number:int}", GetVersionAsync)
            .WithName("GetCharterVersion")
            .WithSummary("One version of the charter, whole.");
        return charter;
    }

    private static async Task<Results<Ok<CurrentCharter>, ProblemHttpResult>> GetCurrentAsync(
        string slug, HttpContext http, CurrentCommunity current, Charters charters, RoundtableDb db, CancellationToken cancellationToken)
    {
        var community = (await current.FindAsync(slug, http.User, cancellationToken))!.Community;
        if (await charters.CurrentAsync(community.Id, cancellationToken) is not { } version)
        {
            return NotFound("This community has no charter yet.");
        }

        var author = await AuthorsAsync(db, community.Id, [version.AuthorId], cancellationToken);
        var open = await db.ToBeConfirmed.AsNoTracking()
            .Where(t => t.CommunityId == community.Id && t.ConfirmedAt == null)
            .OrderBy(t => t.DueOn)
            .Select(t => new ToBeConfirmedItem(t.SectionKey, t.Text, t.DueOn, t.ConfirmedWith))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new CurrentCharter(
            version.Number, version.CreatedAt, version.Note, author[version.AuthorId], Sections(version), Principles(version), open));
    }

    private static async Task<Ok<List<CharterVersionListing>>> ListVersionsAsync(
        string slug, HttpContext http, CurrentCommunity current, RoundtableDb db, CancellationToken cancellationToken)
    {
        var community = (await current.FindAsync(slug, http.User, cancellationToken))!.Community;
        var versions = await db.CharterVersions.AsNoTracking()
            .Where(v => v.CommunityId == community.Id)
            .OrderByDescending(v => v.Number)
            .Select(v => new { v.Number, v.CreatedAt, v.Note, v.AuthorId })
            .ToListAsync(cancellationToken);
        var authors = await AuthorsAsync(db, community.Id, versions.Select(v => v.AuthorId), cancellationToken);
        return TypedResults.Ok(versions.Select(v => new CharterVersionListing(v.Number, v.CreatedAt, v.Note, authors[v.AuthorId])).ToList());
    }

    private static async Task<Results<Ok<CharterVersionText>, ProblemHttpResult>> GetVersionAsync(
        string slug, int number, HttpContext http, CurrentCommunity current, Charters charters, RoundtableDb db, CancellationToken cancellationToken)
    {
        var community = (await current.FindAsync(slug, http.User, cancellationToken))!.Community;
        if (await charters.VersionAsync(community.Id, number, cancellationToken) is not { } version)
        {
            return NotFound($"The charter has no version {number}.");
        }

        var author = await AuthorsAsync(db, community.Id, [version.AuthorId], cancellationToken);
        return TypedResults.Ok(new CharterVersionText(
            version.Number, version.CreatedAt, version.Note, author[version.AuthorId], Sections(version), Principles(version)));
    }

    // Authors appear as they chose to be named while they are members; after that, unnamed.
    private static async Task<Dictionary<Guid, string>> AuthorsAsync(
        RoundtableDb db, Guid communityId, IEnumerable<Guid> authorIds, CancellationToken cancellationToken)
    {
        var ids = authorIds.Distinct().ToList();
        var members = await db.Memberships.AsNoTracking()
            .Where(m => m.CommunityId == communityId && m.LeftAt == null && ids.Contains(m.PersonId))
            .Select(m => new { m.PersonId, Named = new Named(m.Naming, m.Person.DisplayName, m.JobRole, m.Organisation) })
            .ToDictionaryAsync(m => m.PersonId, m => m.Named.AsTheyChose, cancellationToken);
        return ids.ToDictionary(id => id, id => members.GetValueOrDefault(id, Named.FormerMember));
    }

    private static List<CharterSectionText> Sections(CharterVersion version) =>
        version.Sections.OrderBy(s => s.Position).Select(s => new CharterSectionText(s.Key, s.Title, s.Body)).ToList();

    private static List<PrincipleText> Principles(CharterVersion version) =>
        version.Principles.OrderBy(p => p.Position).Select(p => new PrincipleText(p.Name, p.Description)).ToList();

    private static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: detail);
}
