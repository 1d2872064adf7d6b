namespace Roundtable.Core.Data.Entities;

public class ContributionPhoto
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int DescriptionMaxLength = 250;
    public const int ContentTypeMaxLength = 20;

    public Guid ContributionId { get; init; }

    public required byte[] Bytes { get; init; }

    public required string ContentType { get; init; }

    // Required: a photo nobody can hear described is not shared with everyone.
    public required string Description { get; init; }
}
