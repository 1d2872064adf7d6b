using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Roundtable.Web.Pages.Communities.Breakouts;

// Who may use each page in this folder, read from the community's {slug}.
public static class Conventions
{
    public static void Declare(PageConventionCollection pages)
    {
    }
}
