namespace Roundtable.Core.Data.Entities;

// Two entries on the map that work together, from one to the other, with how in a line.
public class MapLink
{
    public const int HowMaxLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid FromId { get; init; }

    public MapEntry From { get; init; } = null!;

    public Guid ToId { get; init; }

    public MapEntry To { get; init; } = null!;

    public required string How { get; set; }

    public Guid AddedById { get; init; }

    public DateTimeOffset AddedAt { get; init; }
}
