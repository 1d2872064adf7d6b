using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Connections;
using Roundtable.Core.Data.Entities;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Connections;

// A member's own next actions from every session, and those others shared with the community.
public class NextActionsModel(CurrentCommunity current, NextActions nextActions) : PageModel
{
    public string Slug { get; set; } = "";

    public Community Community { get; private set; } = null!;

    public IReadOnlyList<SessionFeedback> Yours { get; private set; } = [];

    public IReadOnlyList<SharedNextAction> Shared { get; private set; } = [];

    public async Task OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        Slug = slug;
        Community = (await current.FindAsync(slug, User, cancellationToken))!.Community;
        var me = User.PersonId()!.Value;
        Yours = (await nextActions.AllYoursAsync(Community.Id, me, cancellationToken)).Where(f => f.NextAction is not null).ToList();
        Shared = await nextActions.SharedAsync(Community.Id, me, cancellationToken);
    }
}
