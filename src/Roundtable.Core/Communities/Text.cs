namespace Roundtable.Core.Communities;

public static class Text
{
    // Shortens at a word boundary, for previews; the full text is always one click away.
    public static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxLength - 1);
        return string.Concat(text.AsSpan(0, cut > maxLength / 2 ? cut : maxLength - 1).TrimEnd(" ,.;:".AsSpan()), "…");
    }

    // "A", "A and B", "A, B and C".
    public static string JoinWithAnd(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}",
    };
}
