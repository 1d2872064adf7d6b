using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.SystemMap;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.SystemMap;

// Who works with whom, drawn on the server as one picture with a title and a description, and
// said again beside it as a list, so nothing in the drawing is only in the drawing.
public class DiagramModel(CurrentCommunity current, CommunityMap map) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public Community Community { get; private set; } = null!;

    public MapDiagram Drawing { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        Drawing = MapDiagram.Layout(await map.EntriesAsync(Community.Id, cancellationToken), await map.ConnectionsAsync(Community.Id, cancellationToken));
    }

    public string Description =>
        $"{Counted(Drawing.Nodes.Count, "organisation, service or group", "organisations, services and groups")} round a circle in order of name, " +
        $"with {Counted(Drawing.Edges.Count, "connection", "connections")} drawn as arrows from one to the one it works with. " +
        "Circles are organisations, squares are services and diamonds are groups. The list after the diagram says the same in words.";

    private static string Counted(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{count} {many}";
}
