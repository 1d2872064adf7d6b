using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Roundtable.Core.Charter;

// Charter text is Markdown written by co-leads and suggested by members, and anyone who can
// see the community reads it: so it renders without raw HTML (typed HTML shows as text), links
// only to the web, email and this site, and never loads an image from elsewhere.
public static class CharterMarkdown
{
    // A section's own heading is an <h2>, so "# Heading" inside it becomes an <h3>.
    private const int HeadingShift = 2;

    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .Build();

    public static string ToHtml(string? markdown)
    {
        var document = Markdown.Parse(markdown ?? "", Pipeline);
        MakeSafe(document);

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    // A link is kept when a browser would take it to a web page, an email address or somewhere on
    // this site. Anything with another scheme (javascript:, data:, vbscript:, file:…) is refused.
    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        // Browsers ignore tabs and newlines anywhere in a URL and spaces or control characters
        // around it, so "java\tscript:" is javascript:. Leaving out every one of them is stricter.
        var squeezed = new string(url.Where(c => c > ' ' && c != '\u007f').ToArray());
        var colon = squeezed.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return true;
        }

        var path = squeezed.IndexOfAny(['/', '?', '#', '\\']);
        if (path >= 0 && path < colon)
        {
            // The colon is in the path, query or fragment: a relative link.
            return true;
        }

        var scheme = squeezed[..colon];
        return AllowedSchemes.Any(allowed => string.Equals(allowed, scheme, StringComparison.OrdinalIgnoreCase));
    }

    private static void MakeSafe(MarkdownDocument document)
    {
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(heading.Level + HeadingShift, 6);
        }

        // Collected first: the tree changes as links are unwrapped.
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.IsImage || !IsSafeUrl(link.Url))
            {
                // An image shows its alternative text; a refused link shows its words.
                Unwrap(link);
            }
            else if (!IsLocal(link.Url))
            {
                link.GetAttributes().AddPropertyIfNotExist("rel", "nofollow");
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!autolink.IsEmail && !IsSafeUrl(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }
    }

    private static bool IsLocal(string? url) =>
        url is null || (!url.Contains(':', StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal));

    private static void Unwrap(ContainerInline container)
    {
        var child = container.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            container.InsertBefore(child);
            child = next;
        }

        container.Remove();
    }
}
