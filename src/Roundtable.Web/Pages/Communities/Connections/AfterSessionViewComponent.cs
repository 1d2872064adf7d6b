using Microsoft.AspNetCore.Mvc;
using Roundtable.Core.Connections;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Web.Pages.Communities.Connections;

// What came of a session, on its page for members once it has started: how many respondents named
// a next action, how many connections were brokered, and the way to give feedback.
public class AfterSessionViewComponent(NextActions nextActions, BrokeredConnections connections, TimeProvider clock) : ViewComponent
{
    public sealed record Figures(Community Community, Session Session, NextActionCount NextActions, int Connections, bool CanBroker);

    public async Task<IViewComponentResult> InvokeAsync(Community community, Session session, bool isMember, bool isFacilitator)
    {
        if (!isMember || session.Kind != SessionKind.Session || session.IsCancelled || session.StartsAt > clock.GetUtcNow())
        {
            return Content(string.Empty);
        }

        var figures = new Figures(community, session, await nextActions.CountAsync(session.Id), await connections.CountAsync(session.Id), isFacilitator);
        return View("~/Pages/Communities/Connections/_AfterSession.cshtml", figures);
    }
}
