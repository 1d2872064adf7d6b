using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Roundtable.Core.Mail;
using Roundtable.Core.People;
using Roundtable.Core.SignIn;

namespace Roundtable.Web.Pages.SignIn;

public class IndexModel(
    SignInLinks links, IMailer mailer, ILinks addresses, IOptions<SignInLinkOptions> signIn, ILogger<IndexModel> logger)
    : PageModel
{
    public const string SentTo = "SignInSentTo";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        public string? Email { get; set; }

        // Identifies this form, so sending it twice asks for one link.
        public Guid SubmissionKey { get; set; }
    }

    public void OnGet() => Input.SubmissionKey = Guid.NewGuid();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (EmailAddress.Problem(Input.Email) is { } problem)
        {
            ModelState.AddModelError("Input.Email", problem);
        }

        if (Input.SubmissionKey == Guid.Empty)
        {
            Input.SubmissionKey = Guid.NewGuid();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = EmailAddress.Normalise(Input.Email!);
        var returnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null;
        var result = await links.IssueAsync(email, Input.SubmissionKey, returnUrl, cancellationToken);
        if (result is IssueResult.Issued issued)
        {
            var link = addresses.To($"/sign-in/link?token={Uri.EscapeDataString(issued.Token)}");
            try
            {
                await mailer.SendAsync(SignInEmail.Compose(email, link, issued.ExpiresAt, signIn.Value.LinkLifetime), cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Could not send a sign-in email");
                ModelState.AddModelError("Input.Email", "We could not send an email just now. Try again in a few minutes.");
                Input.SubmissionKey = Guid.NewGuid();
                return Page();
            }
        }

        TempData[SentTo] = email;
        return RedirectToPage("CheckEmail");
    }
}
