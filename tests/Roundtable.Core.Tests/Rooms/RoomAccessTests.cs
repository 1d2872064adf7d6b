using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;

namespace Roundtable.Core.Tests.Rooms;

public class RoomAccessTests
{
    [Theory]
    [InlineData(CommunityRole.Member, false, RoomRole.Participant)]
    [InlineData(CommunityRole.Member, true, RoomRole.Participant)]
    [InlineData(CommunityRole.Facilitator, false, RoomRole.Facilitator)]
    [InlineData(CommunityRole.CoLead, false, RoomRole.Facilitator)]
    public void ForMember_InASession_EveryActiveMemberTakesPartAndFacilitatorsFacilitate(CommunityRole role, bool livedExpert, RoomRole expected)
    {
        Assert.Equal(expected, RoomAccess.ForMember(Meeting(SessionKind.Session), Member(role, livedExpert), isSiteAdmin: false));
    }

    [Theory]
    [InlineData(CommunityRole.Member, false, RoomRole.None)]
    [InlineData(CommunityRole.Facilitator, false, RoomRole.None)]
    [InlineData(CommunityRole.Member, true, RoomRole.Participant)]
    [InlineData(CommunityRole.Facilitator, true, RoomRole.Facilitator)]
    [InlineData(CommunityRole.CoLead, false, RoomRole.Facilitator)]
    public void ForMember_InAPreparationMeeting_OnlyTheLivedExpertGroupAndCoLeads(CommunityRole role, bool livedExpert, RoomRole expected)
    {
        Assert.Equal(expected, RoomAccess.ForMember(Meeting(SessionKind.PreparationMeeting), Member(role, livedExpert), isSiteAdmin: false));
    }

    [Fact]
    public void ForMember_ASiteAdminWhoIsNotAMember_FacilitatesASessionButNeverEntersAPreparationMeeting()
    {
        Assert.Equal(RoomRole.Facilitator, RoomAccess.ForMember(Meeting(SessionKind.Session), null, isSiteAdmin: true));
        Assert.Equal(RoomRole.None, RoomAccess.ForMember(Meeting(SessionKind.PreparationMeeting), null, isSiteAdmin: true));
    }

    [Fact]
    public void ForMember_SomeoneWhoLeftOrNeverJoined_IsNotLetIn()
    {
        var left = Member(CommunityRole.CoLead, true);
        left.LeftAt = DateTimeOffset.UnixEpoch;

        Assert.Equal(RoomRole.None, RoomAccess.ForMember(Meeting(SessionKind.Session), left, isSiteAdmin: false));
        Assert.Equal(RoomRole.None, RoomAccess.ForMember(Meeting(SessionKind.Session), null, isSiteAdmin: false));
    }

    [Fact]
    public void ForMember_ACancelledSession_HasNoRoomForAnyone()
    {
        var cancelled = Meeting(SessionKind.Session);
        cancelled.Status = SessionStatus.Cancelled;

        Assert.Equal(RoomRole.None, RoomAccess.ForMember(cancelled, Member(CommunityRole.CoLead, true), isSiteAdmin: true));
        Assert.False(RoomAccess.TakesGuests(cancelled));
    }

    [Fact]
    public void TakesGuests_OnlyASession_NotAPreparationMeeting()
    {
        Assert.True(RoomAccess.TakesGuests(Meeting(SessionKind.Session)));
        Assert.False(RoomAccess.TakesGuests(Meeting(SessionKind.PreparationMeeting)));
    }

    [Theory]
    [InlineData(RoomState.NotOpen, false)]
    [InlineData(RoomState.Open, true)]
    [InlineData(RoomState.Closed, false)]
    public void CanContribute_OnlyWhileTheRoomIsOpen(RoomState state, bool expected)
    {
        Assert.Equal(expected, RoomAccess.CanContribute(state));
    }

    [Theory]
    [InlineData(RoomRole.Facilitator, false, true)]
    [InlineData(RoomRole.Participant, true, true)]
    [InlineData(RoomRole.Participant, false, false)]
    [InlineData(RoomRole.None, true, false)]
    public void CanScribe_FacilitatorsAndBreakoutChairs(RoomRole role, bool chair, bool expected)
    {
        Assert.Equal(expected, RoomAccess.CanScribe(role, chair));
    }

    [Theory]
    [InlineData(null, 1, true)]
    [InlineData(null, null, true)]
    [InlineData(1, 1, true)]
    [InlineData(2, 1, false)]
    [InlineData(2, null, false)]
    public void GroupSight_SomeoneInAGroup_SeesWhatWasSaidToEveryoneAndInTheirOwnGroup(int? saidIn, int? ownGroup, bool expected)
    {
        Assert.Equal(expected, GroupSight.Own(ownGroup).Sees(saidIn));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    [InlineData(7)]
    public void GroupSight_Everything_SeesEveryGroup(int? saidIn)
    {
        Assert.True(GroupSight.Everything.Sees(saidIn));
    }

    [Theory]
    [InlineData(SessionKind.Session, true)]
    [InlineData(SessionKind.PreparationMeeting, false)]
    public void HasProjector_OnlyASessionNotAPreparationMeeting(SessionKind kind, bool expected)
    {
        Assert.Equal(expected, RoomAccess.HasProjector(Meeting(kind)));
    }

    private static Session Meeting(SessionKind kind) => new() { Kind = kind, Number = 1 };

    private static Membership Member(CommunityRole role, bool livedExpert) => new() { Role = role, InLivedExpertGroup = livedExpert };
}
