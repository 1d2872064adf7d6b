using Roundtable.Core.Communities;

namespace Roundtable.Core.Data.Entities;

// A person's place in one community. The lived-expert group is a group within the community,
// so it is a flag beside the role rather than a role of its own: a co-lead can be in it too.
public class Membership
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CommunityId { get; init; }

    public Community Community { get; init; } = null!;

    public Guid PersonId { get; init; }

    public Person Person { get; init; } = null!;

    public CommunityRole Role { get; set; } = CommunityRole.Member;

    public bool InLivedExpertGroup { get; set; }

    public DateTimeOffset JoinedAt { get; init; }
}
