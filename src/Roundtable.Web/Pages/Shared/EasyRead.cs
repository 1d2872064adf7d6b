using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.People;
using Roundtable.Web.Security;

namespace Roundtable.Web.Pages.Shared;

// Whether someone reads a page in easy read: the choice they made with the "Easy read" /
// "Standard version" link, kept in a cookie on their device; or, until they choose, whether
// their access needs in any community they belong to ask for easy read. A page with an easy-read
// view asks ShowAsync before drawing itself; the layout then offers the link to the other version.
public sealed class EasyRead(RoundtableDb db)
{
    public const string Cookie = "rt-reading";
    public const string Easy = "easy";
    public const string Standard = "standard";

    // What the layout reads to offer the link: true while showing easy read, false while showing
    // the standard version of a page that has an easy-read one, missing on every other page.
    public const string Offered = "EasyRead";

    // "?version=standard" shows the standard version once, without changing the choice: the
    // easy-read room sends people to the standard room to share a photo.
    public const string Version = "version";

    // Compiled once: every signed-in visit to a page with an easy-read view asks it.
    private static readonly Func<RoundtableDb, Guid, CancellationToken, Task<bool>> NeedsEasyRead =
        EF.CompileAsyncQuery((RoundtableDb db, Guid personId, CancellationToken _) =>
            db.Memberships.Any(m => m.PersonId == personId && m.LeftAt == null && (m.AccessNeeds & AccessNeeds.EasyRead) == AccessNeeds.EasyRead));

    private bool? shown;

    public async Task<bool> ShowAsync(ViewContext view)
    {
        var http = view.HttpContext;
        shown ??= string.Equals(http.Request.Query[Version], Standard, StringComparison.Ordinal)
            ? false
            : Chosen(http.Request) ?? await AskedForAsync(http, http.RequestAborted);
        view.ViewData[Offered] = shown.Value;
        return shown.Value;
    }

    public static bool? Chosen(HttpRequest request) => request.Cookies[Cookie] switch
    {
        Easy => true,
        Standard => false,
        _ => null,
    };

    // Back to the same page, less any one-off "?version=standard".
    public static string SwitchPath(bool toEasy, HttpRequest request)
    {
        var query = QueryString.Create(request.Query.Where(p => p.Key != Version).SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v))));
        var returnUrl = $"{request.PathBase}{request.Path}{query}";
        return $"/easy-read?show={(toEasy ? Easy : Standard)}&returnUrl={Uri.EscapeDataString(returnUrl)}";
    }

    private async Task<bool> AskedForAsync(HttpContext http, CancellationToken cancellationToken) =>
        http.User.PersonId() is { } personId && await NeedsEasyRead(db, personId, cancellationToken);
}
