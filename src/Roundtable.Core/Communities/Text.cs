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
}
