using AngleSharp.Dom;
using Roundtable.Core.Words;

namespace Roundtable.Web.Tests.Words;

// The words a page itself says, in its <main>: not what the community wrote (its charter and
// purpose, session topics, contributions, people's names: marked data-community-text), which
// is theirs to write as they wish. Each block (a paragraph, a heading, a label, a cell) is read
// as a sentence of its own when it does not end with a full stop.
public static class PageWords
{
    private const string Blocks =
        "p, li, h1, h2, h3, h4, dt, dd, label, legend, button, a.nhsuk-button, td, th, caption, summary, .nhsuk-hint, .nhsuk-tag, .nhsuk-details__text, .nhsuk-caption-l, .nhsuk-caption-m";

    public static IReadOnlyList<string> Of(IDocument page)
    {
        var main = page.QuerySelector("main") ?? throw new InvalidOperationException("The page has no <main>.");
        var copy = (IElement)main.Clone(deep: true);
        foreach (var theirs in copy.QuerySelectorAll("[data-community-text], script, template, style, [hidden]").ToList())
        {
            theirs.Remove();
        }

        foreach (var block in copy.QuerySelectorAll(Blocks).ToList())
        {
            block.InsertBefore(page.CreateTextNode("\n"), block.FirstChild);
            block.AppendChild(page.CreateTextNode("\n"));
        }

        return copy.TextContent.Split('\n').Select(line => string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(line => line.Length > 0).ToList();
    }

    public static ReadingEase.Score Score(IDocument page) => ReadingEase.Measure(Of(page));
}
