using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Tests.Communities;

public class MembershipsInvitationStateTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    private static Invitation Sent(DateTimeOffset expiresAt) =>
        new() { Email = "someone@example.org", TokenHash = "hash", ExpiresAt = expiresAt };

    [Fact]
    public void StateOf_NoInvitation_IsUnknown() => Assert.Equal(InvitationState.Unknown, Invitations.StateOf(null, Now));

    [Fact]
    public void StateOf_BeforeItsExpiry_IsValid() => Assert.Equal(InvitationState.Valid, Invitations.StateOf(Sent(Now.AddSeconds(1)), Now));

    [Fact]
    public void StateOf_AtItsExpiry_HasExpired() => Assert.Equal(InvitationState.Expired, Invitations.StateOf(Sent(Now), Now));

    [Fact]
    public void StateOf_Withdrawn_IsWithdrawnEvenAfterExpiry()
    {
        var invitation = Sent(Now.AddDays(-1));
        invitation.RevokedAt = Now.AddDays(-2);

        Assert.Equal(InvitationState.Withdrawn, Invitations.StateOf(invitation, Now));
    }

    [Fact]
    public void StateOf_Accepted_IsAcceptedWhateverElse()
    {
        var invitation = Sent(Now.AddDays(-1));
        invitation.AcceptedAt = Now.AddDays(-3);
        invitation.RevokedAt = Now.AddDays(-2);

        Assert.Equal(InvitationState.Accepted, Invitations.StateOf(invitation, Now));
    }

    [Fact]
    public void Lifetime_IsFourteenDays() => Assert.Equal(TimeSpan.FromDays(14), Invitations.Lifetime);
}
