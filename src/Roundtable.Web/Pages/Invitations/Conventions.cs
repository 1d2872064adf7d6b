using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Roundtable.Web.Pages.Invitations;

// An invitation link is opened by whoever received it, signed in or not; the page itself asks
// them to sign in before they can accept.
public static class Conventions
{
    public static void Declare(PageConventionCollection pages)
    {
    }
}
