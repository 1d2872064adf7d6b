using Roundtable.Core.Data.Entities;
using Roundtable.Core.Mail;
using Roundtable.Core.Sessions;

namespace Roundtable.Web.Pages.Communities.Sessions;

// The email that tells people a session they signed up for will not happen.
public static class SessionEmails
{
    public static OutgoingEmail Cancelled(Recipient to, Community community, Session session, string reason, Uri sessions)
    {
        var title = SessionsView.Title(session);
        var greeting = string.IsNullOrWhiteSpace(to.Name) ? "Hello," : $"Hello {to.Name.Trim()},";
        return new OutgoingEmail(
            to.Email,
            $"Cancelled: {title} of {community.Name}, {SessionsView.Date(session.StartsAt)}",
            $"""
            {greeting}

            {title} of {community.Name}, on {SessionsView.When(session)} (UK time), is cancelled.

            The reason given:

            {reason}

            You do not need to do anything. The other sessions go ahead as planned:

            {sessions}

            Roundtable
            """);
    }
}
