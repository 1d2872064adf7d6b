using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Mail;
using Roundtable.Core.Members;
using Roundtable.Core.SignIn;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Pages.SignIn;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Invitations;

// Opening the link only shows the invitation: accepting is a POST, so a mail scanner that
// follows links cannot accept it for someone.
public class InvitationModel(
    Inviting invitations, Memberships memberships, SignInLinks links, IMailer mailer,
    ILinks addresses, IOptions<SignInLinkOptions> signIn, ILogger<InvitationModel> logger)
    : PageModel
{
    [FromRoute]
    public string Token { get; set; } = "";

    // Identifies the "send me a sign-in link" form, so sending it twice sends one email.
    [BindProperty]
    public Guid SubmissionKey { get; set; }

    public InvitationState State { get; private set; }

    public Invitation? Invitation { get; private set; }

    public string SentBy { get; private set; } = "";

    public bool IsSignedIn => User.Identity?.IsAuthenticated == true;

    public string? YourEmail => User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name;

    public bool SignedInAsSomeoneElse =>
        IsSignedIn && Invitation is not null && !string.Equals(YourEmail, Invitation.Email, StringComparison.OrdinalIgnoreCase);

    // Written out rather than generated: URLs are generated in lower case, and the token's case matters.
    public string HandlerUrl(string handler) => $"/invitations/{Uri.EscapeDataString(Token)}?handler={handler}";

    // Signed in as someone who already belongs to the community.
    public bool AlreadyMember { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        SubmissionKey = Guid.NewGuid();
    }

    public async Task<IActionResult> OnPostAcceptAsync(CancellationToken cancellationToken)
    {
        if (User.PersonId() is not { } personId)
        {
            return Challenge();
        }

        switch (await invitations.AcceptAsync(Token, personId, cancellationToken))
        {
            case InvitationAcceptance.Joined joined:
                return LocalRedirect($"/communities/{joined.Community.Slug}/me?welcome=true");
            case InvitationAcceptance.AlreadyMember already:
                TempData.Notify($"You are already a member of {already.Community.Name}.");
                return LocalRedirect($"/communities/{already.Community.Slug}");
            default:
                await LoadAsync(cancellationToken);
                return Page();
        }
    }

    // Someone not signed in gets a sign-in link at the address the invitation went to, which
    // brings them back here.
    public async Task<IActionResult> OnPostSignInAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (State != InvitationState.Valid || IsSignedIn)
        {
            return Page();
        }

        var email = Invitation!.Email;
        var key = SubmissionKey == Guid.Empty ? Guid.NewGuid() : SubmissionKey;
        var result = await links.IssueAsync(email, key, $"/invitations/{Uri.EscapeDataString(Token)}", cancellationToken);
        if (result is IssueResult.Issued issued)
        {
            var link = addresses.To($"/sign-in/link?token={Uri.EscapeDataString(issued.Token)}");
            try
            {
                await mailer.SendAsync(SignInEmail.Compose(email, link, issued.ExpiresAt, signIn.Value.LinkLifetime), cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Could not send a sign-in email for an invitation");
                ModelState.AddModelError(string.Empty, "We could not send an email just now. Try again in a few minutes.");
                SubmissionKey = Guid.NewGuid();
                return Page();
            }
        }

        TempData[Pages.SignIn.IndexModel.SentTo] = email;
        return RedirectToPage("/SignIn/CheckEmail");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        (State, Invitation) = await invitations.FindAsync(Token, cancellationToken);
        if (Invitation is null)
        {
            return;
        }

        SentBy = await invitations.SenderNameAsync(Invitation, cancellationToken);
        AlreadyMember = User.PersonId() is { } personId &&
                        await memberships.FindActiveAsync(Invitation.CommunityId, personId, cancellationToken) is not null;
    }
}
