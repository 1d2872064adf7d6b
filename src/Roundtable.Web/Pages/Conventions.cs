using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Roundtable.Web.Pages;

// Pages at the root: open to everyone.
public static class Conventions
{
    public static void Declare(PageConventionCollection pages)
    {
        pages.AllowAnonymousToPage("/Index");
        pages.AllowAnonymousToPage("/Error");
        pages.AllowAnonymousToPage("/Accessibility");
        pages.AllowAnonymousToPage("/Privacy");
        pages.AllowAnonymousToPage("/Glossary");
        pages.AllowAnonymousToPage("/EasyRead");
    }
}
