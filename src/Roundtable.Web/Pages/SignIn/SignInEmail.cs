using Roundtable.Core.Mail;
using Roundtable.Web.Pages.Shared;

namespace Roundtable.Web.Pages.SignIn;

public static class SignInEmail
{
    public static OutgoingEmail Compose(string to, Uri link, DateTimeOffset expiresAt, TimeSpan lifetime)
    {
        var until = UkTime.ToUk(expiresAt);
        return new OutgoingEmail(
            to,
            "Your link to sign in to Roundtable",
            $"""
            Hello,

            Someone, hopefully you, asked to sign in to Roundtable with this email address.

            Use this link to sign in. It works once, until {until:HH:mm} ({(int)lifetime.TotalMinutes} minutes after you asked):

            {link}

            If you did not ask to sign in, you can ignore this email. Nobody can sign in without the link.

            Roundtable
            """);
    }
}
