using Roundtable.Core.Data.Entities;
using Roundtable.Core.Mail;
using Roundtable.Web.Hosting;

namespace Roundtable.Web.Pages.Communities.Attendance;

// The email to someone booked from the waiting list: plain words, what it means, and the link.
public static class SignUpEmails
{
    public static OutgoingEmail PlaceFree(string to, Community community, Session session, AppOptions app) => new(
        to,
        $"A place has come free at {SessionPages.Name(session)} of {community.Name}",
        $"""
        Hello,

        A place has come free at {SessionPages.Name(session)} of {community.Name}, and you were next on the waiting list. You are now booked:

        {SessionPages.When(session)}

        There is nothing more you need to do. If you can no longer come, please cancel your place so that someone else can have it:

        {app.Link(SessionPages.Path(community, session, "sign-up"))}

        Roundtable
        """);

    // Tells each person booked from the waiting list, except the one who is on the page (they
    // see it there). The bookings stand if an email cannot be sent: they see it when they look.
    public static async Task SendAsync(
        IMailer mailer, ILogger logger, IEnumerable<SignUp> promoted, Guid except, Community community, Session session, AppOptions app)
    {
        foreach (var signUp in promoted.Where(s => s.PersonId != except && !string.IsNullOrWhiteSpace(s.Person?.Email)))
        {
            try
            {
                await mailer.SendAsync(PlaceFree(signUp.Person.Email!, community, session, app), CancellationToken.None);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Could not email someone booked from a waiting list");
            }
        }
    }
}
