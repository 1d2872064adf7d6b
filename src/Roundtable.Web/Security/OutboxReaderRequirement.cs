using System.Net;
using Microsoft.AspNetCore.Authorization;
using Roundtable.Core.Mail;
using Roundtable.Core.People;

namespace Roundtable.Web.Security;

public sealed class OutboxReaderRequirement : IAuthorizationRequirement;

// Site admins can always read the outbox. On a developer's own machine, with no mail server
// set up, nobody could sign in to become an admin without reading it first: there, in
// Development only and from the machine itself, the outbox is open.
public sealed class OutboxReaderHandler(IWebHostEnvironment environment, IMailer mailer) : AuthorizationHandler<OutboxReaderRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OutboxReaderRequirement requirement)
    {
        if (context.User.IsInRole(SiteRoles.Admin) ||
            (environment.IsDevelopment() && mailer.UsesOutbox && context.Resource is HttpContext http && IsLocal(http)))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    private static bool IsLocal(HttpContext http)
    {
        var remote = http.Connection.RemoteIpAddress;
        return remote is null || IPAddress.IsLoopback(remote) || remote.Equals(http.Connection.LocalIpAddress);
    }
}
