using Roundtable.Core.Data.Entities;
using Roundtable.Core.Resources;

namespace Roundtable.Web.Pages.Communities.Resources;

// What the form partial draws: which kind's fields, filled in as typed, and what it may be tagged to.
public sealed record ResourceFormView(
    ResourceKind Kind, ResourceForm Form, IReadOnlyList<TaggedSession> Sessions, IReadOnlyList<TaggedTheme> Themes, int MaxFileBytes, bool Adding);

// The add and change forms' fields, as typed: dates and times stay text so they come back as written.
public sealed class ResourceForm
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Url { get; set; }

    public string? Where { get; set; }

    public string? StartsOn { get; set; }

    public string? StartTime { get; set; }

    public string? EndsOn { get; set; }

    public string? EndTime { get; set; }

    public List<Guid> SessionIds { get; set; } = [];

    public List<Guid> ThemeIds { get; set; } = [];

    public IFormFile? File { get; set; }

    public Guid SubmissionKey { get; set; }

    public int? Version { get; set; }

    public async Task<ResourceInput> InputAsync(ResourceKind kind, int maxFileBytes, CancellationToken cancellationToken) =>
        new(kind, Title, Description, Url, Where, StartsOn, StartTime, EndsOn, EndTime, SessionIds, ThemeIds,
            File is null ? null : await NewFile.ReadAsync(File.FileName, File.OpenReadStream(), maxFileBytes, cancellationToken));

    public static ResourceForm From(ResourceView r) => new()
    {
        Title = r.Title, Description = r.Description, Url = r.Url, Where = r.Where,
        StartsOn = r.StartsOn?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
        StartTime = r.StartTime is { } s ? Core.Sessions.TypedDates.FormatTime(s) : null,
        EndsOn = r.EndsOn?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
        EndTime = r.EndTime is { } e ? Core.Sessions.TypedDates.FormatTime(e) : null,
        SessionIds = r.Sessions.Select(t => t.Id).ToList(), ThemeIds = r.Themes.Select(t => t.Id).ToList(), Version = r.Version,
    };
}
