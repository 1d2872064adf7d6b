using Roundtable.Core.Reports;

namespace Roundtable.Core.Data.Entities;

// A report a community keeps about one session (or several, for a series report): every draft
// and published version of it, newest last. Public: once published, anyone who may know the
// community may read it, and it is listed on the community's page.
public class Report
{
    public const int TitleMaxLength = 300;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CommunityId { get; init; }

    public Community Community { get; init; } = null!;

    public ReportKind Kind { get; init; }

    // The title of its latest version, for lists.
    public required string Title { get; set; }

    public Guid CreatedById { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public bool IsPublic { get; set; }

    // The drafting form's own id: sending it twice drafts one report.
    public Guid SubmissionKey { get; init; }

    public List<Session> Sessions { get; } = [];

    public List<ReportVersion> Versions { get; } = [];
}
