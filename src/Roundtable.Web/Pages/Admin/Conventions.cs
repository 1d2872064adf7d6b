using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Admin;

// Site administration. The outbox has its own rule: see OutboxReaderHandler.
public static class Conventions
{
    public static void Declare(PageConventionCollection pages)
    {
        pages.AuthorizePage("/Admin/Index", Policies.SiteAdmin);
        pages.AuthorizePage("/Admin/Outbox", Policies.OutboxReader);
        pages.AuthorizePage("/Admin/OutboxMessage", Policies.OutboxReader);
    }
}
