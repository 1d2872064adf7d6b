using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Security;

namespace Roundtable.Web.Security;

// `Authorization: Bearer rt_…` with a personal token from `admin create-token`. The API
// answers in JSON and never redirects to a sign-in page.
public sealed class ApiTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokens tokens,
    IUserClaimsPrincipalFactory<Person> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var person = await tokens.FindPersonAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (person is null)
        {
            return AuthenticateResult.Fail("The token is not valid.");
        }

        var principal = await principals.CreateAsync(person);
        var identity = new ClaimsIdentity(principal.Claims, SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return WriteProblemAsync(StatusCodes.Status401Unauthorized, "Send a personal API token: Authorization: Bearer <token>.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status403Forbidden, "Your token does not give you access to this.");

    private Task WriteProblemAsync(int status, string detail)
    {
        Response.StatusCode = status;
        return Results.Problem(detail: detail, statusCode: status).ExecuteAsync(Context);
    }
}
