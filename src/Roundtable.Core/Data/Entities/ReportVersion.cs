namespace Roundtable.Core.Data.Entities;

// One saved state of a report's words (the ReportDocument, as JSON). Published: frozen from then
// on; editing the report makes a new draft version from it, and this one stays readable at its
// own address.
public class ReportVersion
{
    public const int NameMaxLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ReportId { get; init; }

    public Report Report { get; init; } = null!;

    // 1, 2, 3 … within the report.
    public int Number { get; init; }

    public required string Document { get; init; }

    public Guid CreatedById { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public Guid? PublishedById { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    // The names the publisher confirmed this version is not about (the "safe to share" check
    // found them in its words), kept as the record of that decision.
    public List<string> NotAbout { get; set; } = [];

    // Sent to the community's email list (a published version only): the mailing that carries it.
    public Guid? MailingId { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    // The edit form's own id: sending it twice saves one version.
    public Guid SubmissionKey { get; init; }

    public bool IsPublished => PublishedAt is not null;
}
