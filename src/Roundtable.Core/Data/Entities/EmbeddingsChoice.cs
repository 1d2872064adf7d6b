namespace Roundtable.Core.Data.Entities;

// A co-lead's choice that this community's words may be sent to the embeddings service the
// operator configured, to help suggest themes. There is a row only while it is on. It keeps the
// address they agreed to: if the operator points Roundtable somewhere else, the choice no longer
// holds until a co-lead makes it again for the new address.
public class EmbeddingsChoice
{
    public const int EndpointMaxLength = 500;

    public Guid CommunityId { get; init; }

    public required string Endpoint { get; set; }

    public Guid TurnedOnById { get; set; }

    public DateTimeOffset TurnedOnAt { get; set; }
}
