using Roundtable.Core.Data.Entities;
using Roundtable.Core.Members;

namespace Roundtable.Core.Tests.Members;

public class MembershipsInvitationStateTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    private static Invitation Sent(DateTimeOffset expiresAt) =>
        new() { Email = "someone@example.org", TokenHash = "hash", ExpiresAt = expiresAt };

    [Fact]
    public void StateOf_NoInvitation_IsUnknown() => Assert.Equal(InvitationState.Unknown, Inviting.StateOf(null, Now));

    [Fact]
    public void StateOf_BeforeItsExpiry_IsValid() => Assert.Equal(InvitationState.Valid, Inviting.StateOf(Sent(Now.AddSeconds(1)), Now));

    [Fact]
    public void StateOf_AtItsExpiry_HasExpired() => Assert.Equal(InvitationState.Expired, Inviting.StateOf(Sent(Now), Now));

    [Fact]
    public void StateOf_Withdrawn_IsWithdrawnEvenAfterExpiry()
    {
        var invitation = Sent(Now.AddDays(-1));
        invitation.RevokedAt = Now.AddDays(-2);

        Assert.Equal(InvitationState.Withdrawn, Inviting.StateOf(invitation, Now));
    }

    [Fact]
    public void StateOf_Accepted_IsAcceptedWhateverElse()
    {
        var invitation = Sent(Now.AddDays(-1));
        invitation.AcceptedAt = Now.AddDays(-3);
        invitation.RevokedAt = Now.AddDays(-2);

        Assert.Equal(InvitationState.Accepted, Inviting.StateOf(invitation, Now));
    }

    [Fact]
    public void Lifetime_IsFourteenDays() => Assert.Equal(TimeSpan.FromDays(14), Inviting.Lifetime);
}
