namespace Roundtable.Core.Data.Entities;

public enum RequestStatus
{
    Pending = 0,
    Approved = 1,
    Declined = 2,
}

// Someone asking to join a listed community; co-leads approve or decline (with a reason the
// person sees).
public class JoinRequest
{
    public const int MessageMaxLength = 1000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CommunityId { get; init; }

    public Community Community { get; init; } = null!;

    public Guid PersonId { get; init; }

    public Person Person { get; init; } = null!;

    public string? Message { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public RequestStatus Status { get; set; }

    // Empty while it waits; the reason is the one given for declining.
    public Decision? Decision { get; set; }
}
