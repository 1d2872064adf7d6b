using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;

namespace Roundtable.Core.Communities;

public sealed record CommunitySummary(
    string Slug, string Name, string Region, string Purpose, CommunityVisibility Visibility, CommunityRole? YourRole);

public static class CommunitySummaries
{
    // Every listed community, for people not signed in (see ListedCommunities).
    public static readonly Func<RoundtableDb, IAsyncEnumerable<CommunitySummary>> Listed = EF.CompileAsyncQuery(
        (RoundtableDb db) => db.Communities.AsNoTracking()
            .Where(c => c.Visibility == CommunityVisibility.Listed)
            .OrderBy(c => c.Name)
            .Select(c => new CommunitySummary(c.Slug, c.Name, c.Region, c.Purpose, c.Visibility, null)));

    // The communities a signed-in person can see, with their role in each.
    public static Task<List<CommunitySummary>> ListVisibleAsync(
        this RoundtableDb db, Guid personId, bool isSiteAdmin, CancellationToken cancellationToken = default) =>
        db.Communities.AsNoTracking()
            .VisibleTo(personId, isSiteAdmin)
            .OrderBy(c => c.Name)
            .Select(c => new CommunitySummary(
                c.Slug, c.Name, c.Region, c.Purpose, c.Visibility,
                c.Memberships.Where(m => m.PersonId == personId && m.LeftAt == null).Select(m => (CommunityRole?)m.Role).FirstOrDefault()))
            .ToListAsync(cancellationToken);
}
