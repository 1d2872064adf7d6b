namespace Roundtable.Core.Communities;

public enum CommunityVisibility
{
    // Anyone can find the community and read its front page.
    Listed = 0,

    // Only its members (and site admins) know it exists.
    InvitationOnly = 1,
}
