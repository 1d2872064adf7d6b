using System.Security.Claims;
using Roundtable.Core.Connections;

namespace Roundtable.Web.Security;

// Who is looking at a community's connections, as Core's visibility rules want it: the pages and the
// API both ask it here.
public static class ConnectionViewers
{
    public static ConnectionViewer Viewer(this CurrentCommunity.Place here, ClaimsPrincipal user) =>
        new(user.PersonId(), here.Membership, here.IsSiteAdmin);
}
