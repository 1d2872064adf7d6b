using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Connections;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Connections;

// A session's feedback as its facilitators read it, each answer one step from the "you said, we
// did" ledger. Private next actions are not here: the form tells people only they can see them.
public class AnswersModel(CurrentCommunity current, SessionSchedule schedule, NextActions nextActions) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [FromRoute]
    public int Number { get; set; }

    public Community Community { get; private set; } = null!;

    public Session Meeting { get; private set; } = null!;

    public NextActionCount Count { get; private set; } = new(0, 0);

    public IReadOnlyList<AnswerForFacilitators> Answers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        if (await schedule.FindAsync(Community.Id, SessionKind.Session, Number, cancellationToken) is not { } session)
        {
            return NotFound();
        }

        Meeting = session;
        Count = await nextActions.CountAsync(session.Id, cancellationToken);
        Answers = await nextActions.AnswersAsync(Community.Id, session.Id, cancellationToken);
        return Page();
    }
}
