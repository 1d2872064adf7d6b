using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Mailing;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.EmailList;

// The community's email list for its co-leads: how many members are on it, the outside
// subscribers with where each stands, adding one (a confirmation link goes to them), removing one,
// and sending a short message to everyone on it.
public class IndexModel(CurrentCommunity current, Core.Mailing.EmailList list, Mailings mailings) : PageModel
{
    public sealed class AddForm
    {
        public string? Email { get; set; }
    }

    public sealed class SendForm
    {
        public Guid SubmissionKey { get; set; }

        public string? Subject { get; set; }

        public string? Message { get; set; }
    }

    [FromRoute]
    public string Slug { get; set; } = "";

    [BindProperty]
    public AddForm Add { get; set; } = new();

    [BindProperty]
    public SendForm Send { get; set; } = new();

    public Community Community { get; private set; } = null!;

    public EmailListView List { get; private set; } = null!;

    public IReadOnlyList<MailingProgress> Recent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Send.SubmissionKey = Guid.NewGuid();
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        await LoadCommunityAsync(cancellationToken);
        var result = await list.AddAsync(Community.Id, Add.Email, User.PersonId()!.Value, cancellationToken);
        switch (result.Outcome)
        {
            case SubscriberOutcome.NotACoLead:
                return Forbid();
            case SubscriberOutcome.Invalid:
                ModelState.AddProblems(result.Problems, nameof(Add));
                Send.SubmissionKey = Guid.NewGuid();
                await LoadAsync(cancellationToken);
                return Page();
            case SubscriberOutcome.AlreadyOnList:
                TempData.Notify($"{result.Subscriber!.Email} is already on the email list.");
                break;
            default:
                TempData.Notify($"A confirmation link was sent to {result.Subscriber!.Email}. They join the list when they follow it.");
                break;
        }

        return Redirect(EmailListWords.Path(Slug));
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid subscriber, CancellationToken cancellationToken)
    {
        await LoadCommunityAsync(cancellationToken);
        var result = await list.RemoveAsync(Community.Id, subscriber, User.PersonId()!.Value, cancellationToken);
        if (result.Outcome == SubscriberOutcome.NotACoLead)
        {
            return Forbid();
        }

        // Removing one already removed (a second click) finds nothing: it is off the list either way.
        TempData.Notify(result.Subscriber is { } removed ? $"{removed.Email} is no longer on the email list." : "That subscriber is no longer on the email list.");
        return Redirect(EmailListWords.Path(Slug));
    }

    public async Task<IActionResult> OnPostSendAsync(CancellationToken cancellationToken)
    {
        await LoadCommunityAsync(cancellationToken);
        var result = await mailings.QueueAsync(Community.Id, Send.Subject, Send.Message, null, User.PersonId()!.Value, Send.SubmissionKey, cancellationToken: cancellationToken);
        if (result.Outcome == MailingOutcome.NotACoLead)
        {
            return Forbid();
        }

        if (!result.Done)
        {
            ModelState.AddProblems(result.Problems, nameof(Send));
            await LoadAsync(cancellationToken);
            return Page();
        }

        return Redirect(EmailListWords.MailingPath(Slug, result.Mailing!.Id));
    }

    private async Task LoadCommunityAsync(CancellationToken cancellationToken) =>
        Community = (await current.FindAsync(Slug, User, cancellationToken))!.Community;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await LoadCommunityAsync(cancellationToken);
        List = await list.ViewAsync(Community.Id, cancellationToken);
        Recent = (await mailings.ListAsync(Community.Id, cancellationToken)).Take(3).ToList();
    }
}
