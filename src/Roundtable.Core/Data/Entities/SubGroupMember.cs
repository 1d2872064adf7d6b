namespace Roundtable.Core.Data.Entities;

public class SubGroupMember
{
    public Guid SubGroupId { get; init; }

    public SubGroup SubGroup { get; init; } = null!;

    public Guid MembershipId { get; init; }

    public Membership Membership { get; init; } = null!;

    public DateTimeOffset JoinedAt { get; init; }
}
