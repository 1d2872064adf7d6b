using AngleSharp.Dom;

namespace Roundtable.Web.Tests.Infrastructure;

// The names a screen reader gives a page's controls, read as the accessible name computation
// reads our markup: a link's or button's text (visually hidden text included), or aria-label;
// a field's label.
public static class AccessibleNames
{
    public static IReadOnlyList<string> Controls(this IDocument page) =>
        page.QuerySelectorAll("main a[href], main button, main input:not([type=hidden]), main select, main textarea")
            .Select(element => NameOf(page, element))
            .ToList();

    // Names given to more than one control, with how many share each.
    public static IReadOnlyList<string> Repeated(this IDocument page) =>
        page.Controls().GroupBy(name => name, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key} (×{g.Count()})").ToList();

    private static string NameOf(IDocument page, IElement element)
    {
        var text = element.GetAttribute("aria-label")
            ?? (element.LocalName is "a" or "button"
                ? element.TextContent
                : element.Id is { Length: > 0 } id ? page.QuerySelector($"label[for='{id}']")?.TextContent : null);
        return string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
