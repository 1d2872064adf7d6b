using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Roundtable.Web.Pages.Communities.Attendance;

// Who may use each page in this folder, read from the community's {slug}.
public static class Conventions
{
    public static void Declare(PageConventionCollection pages)
    {
    }
}
