using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Roundtable.Core.SignIn;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.SignIn;

public class CheckEmailModel(IAuthorizationService authorization, IOptions<SignInLinkOptions> signIn) : PageModel
{
    public string? SentTo { get; private set; }

    public int LinkMinutes => (int)signIn.Value.LinkLifetime.TotalMinutes;

    // With no mail server set up, point whoever may read the outbox to it.
    public bool ShowOutbox { get; private set; }

    public async Task OnGetAsync()
    {
        SentTo = TempData[IndexModel.SentTo] as string;
        ShowOutbox = (await authorization.AuthorizeAsync(User, HttpContext, Policies.OutboxReader)).Succeeded;
    }
}
