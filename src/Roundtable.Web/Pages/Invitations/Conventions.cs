using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.RateLimiting;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Invitations;

// An invitation link is opened by whoever received it, signed in or not; the page itself asks
// them to sign in before they can accept. It can send sign-in emails, so it shares the sign-in
// pages' rate limit (which never limits just reading a page).
public static class Conventions
{
    public static void Declare(PageConventionCollection pages)
    {
        pages.AllowAnonymousToFolder("/Invitations");
        pages.AddPageApplicationModelConvention("/Invitations/Invitation", model =>
            model.EndpointMetadata.Add(new EnableRateLimitingAttribute(SecurityServices.SignInRateLimit)));
    }
}
