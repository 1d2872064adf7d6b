namespace Roundtable.Core.SystemMap;

public enum MapEntryKind
{
    Organisation = 0,
    Service = 1,
    Group = 2,
}
