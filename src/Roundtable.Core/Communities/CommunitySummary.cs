using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;

namespace Roundtable.Core.Communities;

public sealed record CommunitySummary(
    string Slug, string Name, string Region, string Purpose, CommunityVisibility Visibility, CommunityRole? YourRole);

public static class CommunitySummaries
{
    // The communities a person can see, with their role in each; for the home page and the API.
    public static Task<List<CommunitySummary>> ListVisibleAsync(
        this RoundtableDb db, Guid? personId, bool isSiteAdmin, CancellationToken cancellationToken = default) =>
        db.Communities.AsNoTracking()
            .VisibleTo(personId, isSiteAdmin)
            .OrderBy(c => c.Name)
            .Select(c => new CommunitySummary(
                c.Slug, c.Name, c.Region, c.Purpose, c.Visibility,
                c.Memberships.Where(m => m.PersonId == personId).Select(m => (CommunityRole?)m.Role).FirstOrDefault()))
            .ToListAsync(cancellationToken);
}
