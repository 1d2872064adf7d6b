using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Communities.EmailList;

// The email list is the co-leads' to manage and send to. Its confirmation and unsubscribe links
// are for whoever holds them, signed in or not: the token in the address is the permission.
public static class Conventions
{
    public static void Declare(PageConventionCollection pages)
    {
        pages.AuthorizePage("/Communities/EmailList/Index", Policies.CommunityCoLead);
        pages.AuthorizePage("/Communities/EmailList/Mailings", Policies.CommunityCoLead);
        pages.AuthorizePage("/Communities/EmailList/Mailing", Policies.CommunityCoLead);
        pages.AllowAnonymousToPage("/Communities/EmailList/Confirm");
        pages.AllowAnonymousToPage("/Communities/EmailList/Unsubscribe");
    }
}
