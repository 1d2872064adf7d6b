using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Roundtable.Core.SignIn;

namespace Roundtable.Web.Security;

public static class SecurityServices
{
    public const string SignInRateLimit = "sign-in";

    public const string AntiforgeryCookie = "roundtable.antiforgery";

    public static IServiceCollection AddRoundtableSecurity(this IServiceCollection services)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null)
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "roundtable.session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            // Secure over HTTPS; a trust may run Roundtable on plain HTTP inside its own network.
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = "/sign-in";
            cookie.LogoutPath = "/sign-out";
            // Each sign-in sets its own expiry (SessionCookie.For) and slides with its server session.
            cookie.SlidingExpiration = true;
            cookie.Events.OnValidatePrincipal = SessionCookie.ValidateAsync;
            // Answer "forbidden" where it happens, with a 403 page, instead of redirecting.
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        services.AddAuthorization(Policies.Add);
        services.AddScoped<IAuthorizationHandler, CommunityRequirementHandler>();
        services.AddScoped<IAuthorizationHandler, OutboxReaderHandler>();
        services.AddScoped<IAuthorizationHandler, FounderHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, HiddenAsNotFound>();

        services.AddDataProtection().SetApplicationName("Roundtable");
        services.AddOptions<KeyManagementOptions>()
            .Configure<IServiceScopeFactory>((options, scopes) => options.XmlRepository = new DatabaseKeyRepository(scopes));

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = AntiforgeryCookie;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignInRateLimit, context =>
            {
                // Reading a page is never limited; asking for links and using them is.
                if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("read");
                }

                var signIn = context.RequestServices.GetRequiredService<IOptions<SignInLinkOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(
                    NetworkAddress.Of(context),
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = signIn.AttemptsPerWindow,
                        Window = signIn.Window,
                        QueueLimit = 0,
                    });
            });
            options.OnRejected = (context, _) =>
            {
                var window = context.HttpContext.RequestServices.GetRequiredService<IOptions<SignInLinkOptions>>().Value.Window;
                context.HttpContext.Response.Headers.RetryAfter = ((int)window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });

        return services;
    }
}
