namespace Roundtable.Core.People;

// How a member wants to be named to others in their community.
public enum Naming
{
    FirstName = 0,
    FullName = 1,
    RoleOnly = 2,
    NotNamed = 3,
}

// Whether someone may be quoted in anything shared beyond the room, and how.
public enum QuoteConsent
{
    NotQuoted = 0,
    ByRole = 1,
    ByName = 2,
}

[Flags]
public enum AccessNeeds
{
    None = 0,
    EasyRead = 1,
    Captions = 2,
    Breaks = 4,
    CameraOff = 8,
    LargerText = 16,
    BslInterpreter = 32,
    QuietSpace = 64,
}
