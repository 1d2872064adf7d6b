using Roundtable.Core.Communities;
using Roundtable.Core.People;

namespace Roundtable.Core.Data.Entities;

// A person's place in one community, and how they choose to be there: who they are in their
// own terms, how they are named, what they need, and what they consent to. The lived-expert
// group is a group within the community, so it is a flag beside the role rather than a role of
// its own: a co-lead can be in it too.
public class Membership
{
    public const int OrganisationMaxLength = 120;
    public const int JobRoleMaxLength = 120;
    public const int OtherAccessNeedsMaxLength = 500;
    public const int OffersMaxLength = 1000;
    public const int LookingForMaxLength = 1000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CommunityId { get; init; }

    public Community Community { get; init; } = null!;

    public Guid PersonId { get; init; }

    public Person Person { get; init; } = null!;

    public CommunityRole Role { get; set; } = CommunityRole.Member;

    public bool InLivedExpertGroup { get; set; }

    public DateTimeOffset JoinedAt { get; set; }

    // Set when they leave. Their choices about naming and consent stay, because they still
    // govern anything they contributed while they were here.
    public DateTimeOffset? LeftAt { get; set; }

    public string? Organisation { get; set; }

    public string? JobRole { get; set; }

    public Naming Naming { get; set; }

    // Seen only by co-leads and facilitators, who plan sessions around them.
    public AccessNeeds AccessNeeds { get; set; }

    public string? OtherAccessNeeds { get; set; }

    // Consent is off until given. Every change is also kept in ConsentChanges, with its date.
    public bool ContactConsent { get; set; }

    public QuoteConsent QuoteConsent { get; set; }

    public bool PhotoConsent { get; set; }

    // "What I can offer" and "what I am looking for": the start of connecting people who need
    // to know each other.
    public string? Offers { get; set; }

    public string? LookingFor { get; set; }

    public List<MemberIdentity> Identities { get; } = [];

    public List<ConsentChange> ConsentChanges { get; } = [];

    public bool IsActive => LeftAt is null;
}
