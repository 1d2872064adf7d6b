using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Account;

// Your own account: anyone signed in, about themselves only.
public static class Conventions
{
    public static void Declare(PageConventionCollection pages) => pages.AuthorizeFolder("/Account", Policies.SignedIn);
}
