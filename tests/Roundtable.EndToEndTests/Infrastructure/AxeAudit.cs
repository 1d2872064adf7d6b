using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Roundtable.EndToEndTests.Infrastructure;

// axe-core on each page a test visits, against WCAG 2.0, 2.1 and 2.2 at A and AA and axe's
// best practices. A journey collects what every page has and reports it all at the end, so one
// page's problem does not hide the next one's.
public sealed class AxeAudit
{
    private static readonly AxeRunOptions Options = new()
    {
        RunOnly = new RunOnlyOptions
        {
            Type = "tag",
            Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"],
        },
        ResultTypes = [ResultType.Violations],
    };

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly List<string> problems = [];

    public int PagesChecked { get; private set; }

    public async Task CheckAsync(IPage page)
    {
        // Legacy mode runs axe in the page itself. The default mode gathers each frame's results
        // in a second, blank page: four times slower here (about 2 s a page against 0.5 s), for
        // frames Roundtable does not have. Switch back if legacy mode is removed upstream.
#pragma warning disable CS0618 // RunAxeLegacy is marked obsolete, see above.
        var result = await page.RunAxeLegacy(options: Options);
#pragma warning restore CS0618
        PagesChecked++;
        if (result.Violations.Length > 0)
        {
            problems.Add(Describe(page.Url, result.Violations));
        }
    }

    public void AssertClean()
    {
        if (problems.Count > 0)
        {
            Assert.Fail($"axe found problems on {problems.Count} of {PagesChecked} pages:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
        }
    }

    public static async Task AssertCleanAsync(IPage page)
    {
        var audit = new AxeAudit();
        await audit.CheckAsync(page);
        audit.AssertClean();
    }

    private static string Describe(string url, IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder().AppendLine(url);
        foreach (var violation in violations)
        {
            text.AppendLine(Invariant, $"  {violation.Id} ({violation.Impact}): {violation.Help} {violation.HelpUrl}");
            foreach (var node in violation.Nodes)
            {
                text.AppendLine(Invariant, $"    at {node.Target}: {node.Html}");
                // As axe's own failure summary: any one of "any" would do; every "all" and "none" must hold.
                foreach (var check in node.Any.Concat(node.All).Concat(node.None))
                {
                    text.AppendLine(Invariant, $"      - {check.Message}");
                }
            }
        }

        return text.ToString();
    }
}
