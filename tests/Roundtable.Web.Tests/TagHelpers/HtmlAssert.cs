using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Roundtable.Web.Tests.TagHelpers;

// Compares HTML the way a browser would see it: the same elements in the same order, the same
// attributes (class as a set of names), the same text once formatting whitespace is collapsed.
internal static partial class HtmlAssert
{
    private static readonly HtmlParser Parser = new();

    // renames rewrite the actual HTML's attribute values (ids, names, fors) to the fixture's, so a
    // field bound to Input.Example can be compared with a fixture whose field is called "example".
    public static void Equivalent(string expectedHtml, string actualHtml, params (string From, string To)[] renames)
    {
        var differences = Differences(expectedHtml, actualHtml, renames);
        if (differences.Count > 0)
        {
            Assert.Fail(
                $"HTML differs:{Environment.NewLine}{string.Join(Environment.NewLine, differences)}" +
                $"{Environment.NewLine}Expected:{Environment.NewLine}{expectedHtml}{Environment.NewLine}Actual:{Environment.NewLine}{actualHtml}");
        }
    }

    public static IReadOnlyList<string> Differences(string expectedHtml, string actualHtml, params (string From, string To)[] renames)
    {
        var expected = Parse(expectedHtml);
        var actual = Parse(actualHtml);
        foreach (var attribute in actual.Descendants<IElement>().SelectMany(element => element.Attributes))
        {
            attribute.Value = renames.Aggregate(attribute.Value, (value, rename) => value.Replace(rename.From, rename.To, StringComparison.Ordinal));
        }

        var differences = new List<string>();
        CompareChildren(expected, actual, "", differences);
        return differences;
    }

    public static IElement Parse(string html) => Parser.ParseDocument($"<!DOCTYPE html><html><body>{html}</body></html>").Body!;

    private static void CompareChildren(INode expected, INode actual, string path, List<string> differences)
    {
        var expectedNodes = SignificantChildren(expected);
        var actualNodes = SignificantChildren(actual);
        if (expectedNodes.Count != actualNodes.Count)
        {
            differences.Add($"{path}: expected {expectedNodes.Count} child nodes [{Describe(expectedNodes)}] but found {actualNodes.Count} [{Describe(actualNodes)}]");
            return;
        }

        for (var i = 0; i < expectedNodes.Count; i++)
        {
            var (expectedNode, expectedText) = expectedNodes[i];
            var (actualNode, actualText) = actualNodes[i];
            if (expectedNode is IElement expectedElement && actualNode is IElement actualElement)
            {
                CompareElements(expectedElement, actualElement, $"{path}/{expectedElement.LocalName}[{i}]", differences);
            }
            else if (expectedText != actualText)
            {
                differences.Add($"{path}: expected \"{expectedText ?? Describe(expectedNode)}\" but found \"{actualText ?? Describe(actualNode)}\"");
            }
        }
    }

    private static void CompareElements(IElement expected, IElement actual, string path, List<string> differences)
    {
        if (expected.LocalName != actual.LocalName)
        {
            differences.Add($"{path}: expected <{expected.LocalName}> but found <{actual.LocalName}>");
            return;
        }

        var expectedAttributes = Attributes(expected);
        var actualAttributes = Attributes(actual);
        foreach (var name in expectedAttributes.Keys.Union(actualAttributes.Keys).Order(StringComparer.Ordinal))
        {
            var expectedValue = expectedAttributes.GetValueOrDefault(name);
            var actualValue = actualAttributes.GetValueOrDefault(name);
            if (expectedValue != actualValue)
            {
                differences.Add($"{path}: attribute {name} expected {expectedValue ?? "(absent)"} but found {actualValue ?? "(absent)"}");
            }
        }

        CompareChildren(expected, actual, path, differences);
    }

    private static Dictionary<string, string> Attributes(IElement element) =>
        element.Attributes.ToDictionary(
            attribute => attribute.Name,
            attribute => attribute.Name == "class"
                ? string.Join(' ', attribute.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal))
                : attribute.Value);

    // Whitespace-only text between elements is formatting; so is whitespace at the start or end of
    // an element's content. Whitespace elsewhere is a space a person would see.
    private static List<(INode Node, string? Text)> SignificantChildren(INode parent)
    {
        var children = new List<(INode, string?)>();
        var nodes = parent.ChildNodes;
        for (var i = 0; i < nodes.Length; i++)
        {
            var node = nodes[i];
            if (node is IElement)
            {
                children.Add((node, null));
            }
            else if (node.NodeType == NodeType.Text)
            {
                var text = Whitespace().Replace(node.TextContent, " ");
                if (i == 0)
                {
                    text = text.TrimStart(' ');
                }

                if (i == nodes.Length - 1)
                {
                    text = text.TrimEnd(' ');
                }

                if (text.Trim(' ').Length > 0)
                {
                    children.Add((node, text));
                }
            }
        }

        return children;
    }

    private static string Describe(List<(INode Node, string? Text)> nodes) =>
        string.Join(", ", nodes.Select(node => node.Text is null ? Describe(node.Node) : $"\"{node.Text}\""));

    private static string Describe(INode node) => node is IElement element ? $"<{element.LocalName}>" : node.NodeName;

    // ASCII whitespace only: a no-break space is content, not formatting.
    [GeneratedRegex("[ \t\n\r\f]+")]
    private static partial Regex Whitespace();
}
