using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.RateLimiting;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.SignIn;

// Signing in and out is open to everyone; asking for and using links is rate limited.
public static class Conventions
{
    public static void Declare(PageConventionCollection pages)
    {
        pages.AllowAnonymousToFolder("/SignIn");
        foreach (var page in new[] { "/SignIn/Index", "/SignIn/Link" })
        {
            pages.AddPageApplicationModelConvention(page, model =>
                model.EndpointMetadata.Add(new EnableRateLimitingAttribute(SecurityServices.SignInRateLimit)));
        }
    }
}
