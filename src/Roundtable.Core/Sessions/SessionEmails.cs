using Microsoft.Extensions.Logging;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Mail;

namespace Roundtable.Core.Sessions;

// The emails a change to a session sets going: a place has come free for someone who was
// waiting, and a session will not happen. The change stands if an email cannot be sent: people
// see it when they look, so the failure is logged rather than undoing what was done.
public sealed class SessionEmails(IMailer mailer, ILinks links, ILogger<SessionEmails> logger)
{
    public static OutgoingEmail PlaceFree(string to, Community community, Session session, Uri signUp) => new(
        to,
        $"A place has come free at {SessionWords.Name(session)} of {community.Name}",
        $"""
        Hello,

        A place has come free at {SessionWords.Name(session)} of {community.Name}, and you were next on the waiting list. You are now booked:

        {SessionWords.When(session)}

        There is nothing more you need to do. If you can no longer come, please cancel your place so that someone else can have it:

        {signUp}

        Roundtable
        """);

    public static OutgoingEmail Cancelled(Recipient to, Community community, Session session, string reason, Uri sessions)
    {
        var name = SessionWords.Name(session);
        var greeting = string.IsNullOrWhiteSpace(to.Name) ? "Hello," : $"Hello {to.Name.Trim()},";
        return new OutgoingEmail(
            to.Email,
            $"Cancelled: {name} of {community.Name}, {SessionWords.Date(session.StartsAt)}",
            $"""
            {greeting}

            {name} of {community.Name}, on {SessionWords.When(session)} (UK time), is cancelled.

            The reason given:

            {reason}

            You do not need to do anything. The other sessions go ahead as planned:

            {sessions}

            Roundtable
            """);
    }

    // Tells each person booked from the waiting list, but for `except`: the one who is signing up
    // or cancelling sees it on the page.
    public async Task PlacesFreeAsync(Community community, Session session, IEnumerable<SignUp> promoted, Guid? except, CancellationToken cancellationToken)
    {
        var signUp = links.To(SessionWords.Path(community.Slug, session, "/sign-up"));
        foreach (var person in promoted.Where(s => s.PersonId != except).Select(s => s.Person?.Email).OfType<string>().Where(e => e.Length > 0))
        {
            await SendAsync(PlaceFree(person, community, session, signUp), cancellationToken);
        }
    }

    public async Task CancelledAsync(Community community, Session session, string reason, IEnumerable<Recipient> toTell, CancellationToken cancellationToken)
    {
        var sessions = links.To(SessionWords.ListPath(community.Slug));
        foreach (var recipient in toTell)
        {
            await SendAsync(Cancelled(recipient, community, session, reason, sessions), cancellationToken);
        }
    }

    private async Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        try
        {
            await mailer.SendAsync(email, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Could not send '{Subject}'", email.Subject);
        }
    }
}
