using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.SystemMap;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.SystemMap;

// The organisations, services and groups in the community's area: searched by words in what they
// are called, offer or need, and filtered by sector and kind, with a GET form that needs no script.
public class IndexModel(CurrentCommunity current, CommunityMap map) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    [FromQuery(Name = "sector")]
    public string? SectorText { get; set; }

    [FromQuery(Name = "kind")]
    public string? KindText { get; set; }

    public Community Community { get; private set; } = null!;

    public MapSearch Search { get; private set; } = new();

    public IReadOnlyList<MapEntry> Entries { get; private set; } = [];

    // How many connections each entry has, either way.
    public IReadOnlyDictionary<Guid, int> Connections { get; private set; } = new Dictionary<Guid, int>();

    public static string Path(Community community) => $"/communities/{community.Slug}/map";

    public static Crumb Crumb(Community community) => new(Path(community), "System map");

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        // A sector or kind nobody can choose (an edited address) is as if none was chosen.
        Search = new MapSearch(
            string.IsNullOrWhiteSpace(Q) ? null : Q.Trim()[..Math.Min(Q.Trim().Length, MapSearch.WordsMaxLength)],
            MapWords.TryRead<Sector>(SectorText, out var sector) ? sector : null,
            MapWords.TryRead<MapEntryKind>(KindText, out var kind) ? kind : null);
        Entries = await map.FindAsync(Community.Id, Search, cancellationToken);
        Connections = (await map.ConnectionsAsync(Community.Id, cancellationToken))
            .SelectMany(c => new[] { c.From.Id, c.To.Id })
            .GroupBy(id => id)
            .ToDictionary(g => g.Key, g => g.Count());
    }
}
