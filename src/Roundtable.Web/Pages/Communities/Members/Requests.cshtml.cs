using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Mail;
using Roundtable.Core.Members;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.Members;

// Requests to join, for the co-leads to answer. ?decline= asks for the reason first.
public class RequestsModel(
    CurrentCommunity current, JoinRequests requests, IMailer mailer, ILinks addresses, ILogger<RequestsModel> logger)
    : PageModel
{
    public const int DecidedShown = 50;

    [FromRoute]
    public string Slug { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public Guid? Decline { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public Community Community { get; private set; } = null!;

    public IReadOnlyList<JoinRequest> Waiting { get; private set; } = [];

    public IReadOnlyList<JoinRequest> Decided { get; private set; } = [];

    // The request being declined.
    public JoinRequest? Selected { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        if (Decline is { } id)
        {
            Selected = await requests.FindWaitingAsync(Community.Id, id, cancellationToken);
            // Already answered (perhaps by another co-lead): the list shows how.
            return Selected is null ? RedirectToPage(new { slug = Slug }) : Page();
        }

        Waiting = await requests.WaitingAsync(Community.Id, cancellationToken);
        Decided = await requests.DecidedAsync(Community.Id, DecidedShown, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid request, CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        var decision = await requests.ApproveAsync(Community.Id, request, User.PersonId()!.Value, cancellationToken);
        if (decision is JoinDecision.Approved { Request: var approved })
        {
            var sent = await EmailAsync(MembershipEmails.Approved(approved.Person.Email!, Community, addresses.To($"/communities/{Community.Slug}")));
            TempData.Notify($"{approved.Person.NameOrEmail} is now a member.{(sent ? " We have emailed them to say so." : "")}");
        }

        return AfterDecision(decision);
    }

    public async Task<IActionResult> OnPostDeclineAsync(CancellationToken cancellationToken)
    {
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;
        var reason = ModelState.Required(
            nameof(Reason), Reason, "Enter the reason you are declining. They will see it.", "Your reason", JoinRequest.MessageMaxLength);
        if (reason is null)
        {
            Selected = Decline is { } id ? await requests.FindWaitingAsync(Community.Id, id, cancellationToken) : null;
            return Selected is null ? RedirectToPage(new { slug = Slug }) : Page();
        }

        var decision = await requests.DeclineAsync(Community.Id, Decline ?? Guid.Empty, User.PersonId()!.Value, reason, cancellationToken);
        if (decision is JoinDecision.Declined { Request: var declined })
        {
            var sent = await EmailAsync(MembershipEmails.Declined(
                declined.Person.Email!, Community, reason, addresses.To($"/communities/{Community.Slug}/join")));
            TempData.Notify($"You have declined {declined.Person.NameOrEmail}'s request.{(sent ? " We have emailed them your reason." : "")}");
        }

        return AfterDecision(decision);
    }

    private IActionResult AfterDecision(JoinDecision decision)
    {
        if (decision is JoinDecision.NotFound)
        {
            return NotFound();
        }

        // A second click, or another co-lead got there first: say what was decided.
        if (decision is JoinDecision.AlreadyDecided { Request: var request })
        {
            TempData.Notify(request.Status == RequestStatus.Approved
                ? $"{request.Person.NameOrEmail}'s request has been approved."
                : $"{request.Person.NameOrEmail}'s request has been declined.");
        }

        return RedirectToPage(new { slug = Slug });
    }

    private async Task<bool> EmailAsync(OutgoingEmail email)
    {
        try
        {
            await mailer.SendAsync(email, CancellationToken.None);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The decision stands; they see it when they next look.
            logger.LogError(exception, "Could not send an email about a request to join");
            return false;
        }
    }
}
