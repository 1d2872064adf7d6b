namespace Roundtable.Core.SystemMap;

// How kinds and sectors are named on pages, and read back from what a form or request sent: the
// API takes the same names ("Organisation", "VoluntaryAndCommunity") the forms post.
public static class MapWords
{
    public static string Of(MapEntryKind kind) => kind switch
    {
        MapEntryKind.Organisation => "Organisation",
        MapEntryKind.Service => "Service",
        _ => "Group",
    };

    public static string Of(Sector sector) => sector switch
    {
        Sector.Nhs => "NHS",
        Sector.CouncilAndSocialCare => "Council and social care",
        Sector.VoluntaryAndCommunity => "Voluntary and community",
        Sector.Education => "Education",
        Sector.Housing => "Housing",
        _ => "Other",
    };

    // Only a name from the list, never a number: "3" is not a sector anyone chose.
    public static bool TryRead<T>(string? text, out T value)
        where T : struct, Enum
    {
        value = default;
        var trimmed = text?.Trim();
        return !string.IsNullOrEmpty(trimmed) && char.IsLetter(trimmed[0])
            && Enum.TryParse(trimmed, ignoreCase: true, out value) && Enum.IsDefined(value);
    }
}
