namespace Roundtable.Core.SystemMap;

// Where in the area's system an entry sits, for filtering the map.
public enum Sector
{
    Nhs = 0,
    CouncilAndSocialCare = 1,
    VoluntaryAndCommunity = 2,
    Education = 3,
    Housing = 4,
    Other = 5,
}
