namespace Roundtable.Core.Communities;

// Ordered: each role can do everything the ones before it can.
public enum CommunityRole
{
    Member = 0,
    Facilitator = 1,
    CoLead = 2,
}
