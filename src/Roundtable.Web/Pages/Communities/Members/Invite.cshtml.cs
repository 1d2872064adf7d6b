using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Communities;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Mail;
using Roundtable.Core.Members;
using Roundtable.Core.People;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Members;

// Sending an invitation, and sending one again or cancelling it from the members page.
public class InviteModel(
    CurrentCommunity current, Inviting invitations, IMailer mailer, ILinks addresses, ILogger<InviteModel> logger)
    : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Community Community { get; private set; } = null!;

    public sealed class InputModel
    {
        public string? Email { get; set; }

        public CommunityRole? Role { get; set; }

        public bool InLivedExpertGroup { get; set; }

        public string? Note { get; set; }

        // Identifies this form, so sending it twice sends one invitation.
        public Guid SubmissionKey { get; set; }
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        Input = new InputModel { Role = CommunityRole.Member, SubmissionKey = Guid.NewGuid() };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        if (EmailAddress.Problem(Input.Email, "Enter the email address of the person you are inviting") is { } problem)
        {
            ModelState.AddModelError("Input.Email", problem);
        }

        if (Input.Role is not { } role || !Enum.IsDefined(role))
        {
            ModelState.Remove("Input.Role");
            ModelState.AddModelError("Input.Role", "Choose the role they will have");
        }

        var note = ModelState.Optional("Input.Note", Input.Note, "Your note", Invitation.NoteMaxLength);
        if (Input.SubmissionKey == Guid.Empty)
        {
            Input.SubmissionKey = Guid.NewGuid();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = EmailAddress.Normalise(Input.Email!);
        var result = await invitations.SendAsync(
            Community.Id, email, Input.Role!.Value, Input.InLivedExpertGroup, User.PersonId()!.Value, Input.SubmissionKey, note, cancellationToken);
        switch (result)
        {
            case InvitationSend.AlreadyMember:
                ModelState.AddModelError("Input.Email", $"{email} is already a member of this community");
                return Page();
            case InvitationSend.Sent sent when !await EmailAsync(sent, cancellationToken):
                ModelState.AddModelError("Input.Email", "We could not send the invitation just now. Try again in a few minutes.");
                Input.SubmissionKey = Guid.NewGuid();
                return Page();
        }

        TempData.Notify(Confirmation(email, result is InvitationSend.Sent { Replaced: true }));
        return RedirectToPage("Manage", new { slug = Slug });
    }

    public async Task<IActionResult> OnPostSendAgainAsync(Guid invitation, Guid submissionKey, CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        var result = await invitations.SendAgainAsync(Community.Id, invitation, User.PersonId()!.Value, submissionKey, cancellationToken);
        if (result is InvitationSend.NotFound)
        {
            return NotFound();
        }

        if (result is InvitationSend.Sent sent && !await EmailAsync(sent, cancellationToken))
        {
            TempData[ManageModel.Problem] = $"We could not send the invitation to {sent.Invitation.Email} just now. Try again in a few minutes.";
            return RedirectToPage("Manage", new { slug = Slug });
        }

        TempData.Notify(result switch
        {
            InvitationSend.Sent again => Confirmation(again.Invitation.Email, replaced: true),
            InvitationSend.AlreadySent again => Confirmation(again.Invitation.Email, replaced: true),
            _ => "They are already a member of this community, so the invitation was not sent again.",
        });
        return RedirectToPage("Manage", new { slug = Slug });
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid invitation, CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        if (await invitations.CancelAsync(Community.Id, invitation, cancellationToken) is not { } email)
        {
            return NotFound();
        }

        TempData.Notify($"The invitation to {email} has been cancelled. Its link no longer works.");
        return RedirectToPage("Manage", new { slug = Slug });
    }

    private static string Confirmation(string email, bool replaced) => replaced
        ? $"A new invitation has been sent to {email}. The link in the earlier one no longer works."
        : $"Invitation sent to {email}.";

    // Sends the invitation's email; when that fails, the invitation is withdrawn, since nobody has its link.
    private async Task<bool> EmailAsync(InvitationSend.Sent sent, CancellationToken cancellationToken)
    {
        var sentBy = await invitations.SenderNameAsync(sent.Invitation, cancellationToken);
        var link = addresses.To($"/invitations/{sent.Token}");
        try
        {
            await mailer.SendAsync(MembershipEmails.Invitation(sent.Invitation, Community, sentBy, sent.Invitation.Note, link), cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Could not send an invitation email");
            await invitations.CancelAsync(Community.Id, sent.Invitation.Id, CancellationToken.None);
            return false;
        }
    }
}
