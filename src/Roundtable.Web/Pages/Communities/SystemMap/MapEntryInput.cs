using Roundtable.Core.SystemMap;
using Roundtable.Web.TagHelpers;

namespace Roundtable.Web.Pages.Communities.SystemMap;

// What the add and change forms post: kind and sector by name, as Core reads them.
public sealed class MapEntryInput
{
    public static readonly IReadOnlyList<SelectOption> KindOptions =
        [new("", "Choose a kind"), .. Enum.GetValues<MapEntryKind>().Select(k => new SelectOption(k.ToString(), MapWords.Of(k)))];

    public static readonly IReadOnlyList<SelectOption> SectorOptions =
        [new("", "Choose a sector"), .. Enum.GetValues<Sector>().Select(s => new SelectOption(s.ToString(), MapWords.Of(s)))];

    public string? Name { get; set; }

    public string? Kind { get; set; }

    public string? Sector { get; set; }

    public string? Offers { get; set; }

    public string? Needs { get; set; }

    public string? WebAddress { get; set; }

    public MapEntries.Details Details => new(Name, Kind, Sector, Offers, Needs, WebAddress);

    public static MapEntryInput From(Roundtable.Core.Data.Entities.MapEntry entry) => new()
    {
        Name = entry.Name,
        Kind = entry.Kind.ToString(),
        Sector = entry.Sector.ToString(),
        Offers = entry.Offers,
        Needs = entry.Needs,
        WebAddress = entry.WebAddress,
    };
}
