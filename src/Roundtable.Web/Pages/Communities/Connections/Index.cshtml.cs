using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Connections;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Connections;

// The connections brokered in the community that this member may see (ConnectionVisibility).
public class IndexModel(CurrentCommunity current, BrokeredConnections connections) : PageModel
{
    public Community Community { get; private set; } = null!;

    public IReadOnlyList<ConnectionView> Connections { get; private set; } = [];

    public bool CanBroker { get; private set; }

    public async Task OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var here = (await current.FindAsync(slug, User, cancellationToken))!;
        Community = here.Community;
        var viewer = here.Viewer(User);
        CanBroker = viewer.IsFacilitator;
        Connections = await connections.ReadAsync(Community.Id, viewer, cancellationToken);
    }
}
