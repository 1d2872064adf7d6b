using System.Globalization;
using Microsoft.AspNetCore.Html;
using Roundtable.Core.Charter;
using Roundtable.Web.Pages.Shared;

namespace Roundtable.Web.Pages.Communities.Charter;

// What the charter pages share: where each one is, how charter text and dates are shown, and
// what "today" is for a date that falls due.
public static class CharterView
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static string Path(string slug, string rest = "") => $"/communities/{slug}/charter{rest}";

    // Safe by construction: CharterMarkdown renders no raw HTML and no unsafe links.
    public static IHtmlContent Markdown(string? body) => new HtmlString(CharterMarkdown.ToHtml(body));

    // A due date passes at the end of the day in the UK, wherever the server is.
    public static string Date(DateOnly date) => date.ToString("dddd d MMMM yyyy", British);

    public static string Date(DateTimeOffset time) => UkTime.ToUk(time).ToString("d MMMM yyyy", British);
}
