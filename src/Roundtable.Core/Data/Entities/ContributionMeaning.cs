namespace Roundtable.Core.Data.Entities;

// What a contribution means to the sentence encoder, worked out once (by ContributionMeaningWorker
// soon after it was said, or when themes are first suggested) and kept, so suggesting themes never
// encodes the same words twice. Gone with the contribution's words when it is deleted.
public class ContributionMeaning
{
    public const int ModelMaxLength = 100;

    public Guid ContributionId { get; init; }

    // The unit vector, one half-precision number a dimension (SentenceVectors.Quantise).
    public required byte[] Vector { get; init; }

    // Which encoder made it: a vector from another model means nothing beside this one's.
    public required string Model { get; init; }
}
