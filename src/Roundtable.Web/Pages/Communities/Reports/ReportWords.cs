using Roundtable.Core.Data.Entities;
using Roundtable.Core.Reports;
using Roundtable.Core.Sessions;

namespace Roundtable.Web.Pages.Communities.Reports;

// What the report pages say about kinds, sessions and versions, and where they live.
public static class ReportWords
{
    // "Draft a staff briefing"
    public static string Draft(ReportKind kind) => "Draft a " + ReportNames.Of(kind).ToLowerInvariant();

    public static string Version(ReportVersion version) =>
        version.PublishedAt is { } published
            ? $"Version {version.Number}, published {SessionWords.ShortDate(published)}"
            : $"Version {version.Number}, draft saved {SessionWords.ShortDate(version.CreatedAt)}";

    public static string ListPath(string slug) => $"/communities/{slug}/reports";

    public static string Path(string slug, Guid id) => $"/communities/{slug}/reports/{id}";

    public static string VersionPath(string slug, Guid id, int number) => $"/communities/{slug}/reports/{id}/versions/{number}";

    public static string EditPath(string slug, Guid id) => $"/communities/{slug}/reports/{id}/edit";

    public static string PhotoPath(string slug, Guid id, Guid photoId) => $"/communities/{slug}/reports/{id}/photos/{photoId}";
}
