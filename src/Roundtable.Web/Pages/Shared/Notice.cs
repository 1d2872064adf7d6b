using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace Roundtable.Web.Pages.Shared;

// A one-line confirmation shown at the top of the next page ("Community details saved").
public static class Notice
{
    public const string Key = "Notice";

    public static void Notify(this ITempDataDictionary tempData, string message) => tempData[Key] = message;

    // Reading TempData on a request that brought none would make every page answer with a
    // cookie deletion: look only when the browser sent the cookie that carries it.
    public static string? Take(ViewContext view)
    {
        var cookie = view.HttpContext.RequestServices.GetRequiredService<IOptions<CookieTempDataProviderOptions>>().Value.Cookie.Name;
        return cookie is not null && view.HttpContext.Request.Cookies.ContainsKey(cookie) ? view.TempData[Key] as string : null;
    }
}
