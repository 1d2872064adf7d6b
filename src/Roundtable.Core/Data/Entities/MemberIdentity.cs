namespace Roundtable.Core.Data.Entities;

public class MemberIdentity
{
    public Guid MembershipId { get; init; }

    public Membership Membership { get; init; } = null!;

    public Guid IdentityOptionId { get; init; }

    public IdentityOption IdentityOption { get; init; } = null!;
}
