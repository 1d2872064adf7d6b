using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Roundtable.Core.SignIn;

namespace Roundtable.Web.Security;

// The sign-in cookie carries its server session's key among its properties (not its claims, which
// Identity rebuilds when it refreshes a sign-in), and is good only while that session is.
public static class SessionCookie
{
    private const string Key = "roundtable.session-key";

    // A session kept on this device outlives the browser; otherwise the cookie goes when the browser closes.
    public static AuthenticationProperties For(StartedSession session)
    {
        var properties = new AuthenticationProperties
        {
            IsPersistent = session.StaySignedIn,
            ExpiresUtc = session.ExpiresAt,
        };
        properties.SetString(Key, session.Key);
        return properties;
    }

    public static async Task<string?> KeyAsync(HttpContext context)
    {
        var signedIn = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        return signedIn.Properties?.GetString(Key);
    }

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var sessions = context.HttpContext.RequestServices.GetRequiredService<SignedInSessions>();
        var check = context.Principal?.PersonId() is { } personId
            ? await sessions.CheckAsync(context.Properties.GetString(Key), personId, context.HttpContext.RequestAborted)
            : SessionCheck.Ended;
        if (check == SessionCheck.Ended)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        if (check == SessionCheck.Extended)
        {
            context.ShouldRenew = true;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
