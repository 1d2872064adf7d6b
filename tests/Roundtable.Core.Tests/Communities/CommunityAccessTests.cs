using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Tests.Communities;

public class CommunityAccessTests
{
    [Theory]
    [InlineData(CommunityVisibility.Listed, null, false, true)]
    [InlineData(CommunityVisibility.InvitationOnly, null, false, false)]
    [InlineData(CommunityVisibility.InvitationOnly, CommunityRole.Member, false, true)]
    [InlineData(CommunityVisibility.InvitationOnly, null, true, true)]
    public void CanSee_FollowsVisibilityMembershipAndAdmin(CommunityVisibility visibility, CommunityRole? role, bool admin, bool expected) =>
        Assert.Equal(expected, CommunityAccess.CanSee(visibility, role, admin));

    [Theory]
    [InlineData(null, false, CommunityRole.Member, false)]
    [InlineData(CommunityRole.Member, false, CommunityRole.Member, true)]
    [InlineData(CommunityRole.Member, false, CommunityRole.Facilitator, false)]
    [InlineData(CommunityRole.Facilitator, false, CommunityRole.Facilitator, true)]
    [InlineData(CommunityRole.Facilitator, false, CommunityRole.CoLead, false)]
    [InlineData(CommunityRole.CoLead, false, CommunityRole.Facilitator, true)]
    [InlineData(null, true, CommunityRole.CoLead, true)]
    public void Allows_RolesIncludeTheOnesBelow(CommunityRole? role, bool admin, CommunityRole minimum, bool expected) =>
        Assert.Equal(expected, CommunityAccess.Allows(role, admin, minimum));

    [Theory]
    [InlineData(CommunityRole.Member, true, true)]
    [InlineData(CommunityRole.Member, false, false)]
    [InlineData(CommunityRole.Facilitator, false, false)]
    [InlineData(CommunityRole.CoLead, false, true)]
    public void InLivedExpertSpace_IsTheGroupAndItsCoLeads(CommunityRole role, bool inGroup, bool expected) =>
        Assert.Equal(expected, CommunityAccess.InLivedExpertSpace(new Membership { Role = role, InLivedExpertGroup = inGroup }));

    [Fact]
    public void InLivedExpertSpace_NotAMember_IsOutside() => Assert.False(CommunityAccess.InLivedExpertSpace(null));
}
