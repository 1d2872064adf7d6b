using System.Globalization;
using Roundtable.Core.Csv;
using Roundtable.Core.Themes;

namespace Roundtable.Bench;

// How good an engine's theme suggestions and proposed groups are, on the hand-labelled sets in
// ThemeEvaluation/: each theme starts with its two seed examples (as a co-lead's first two
// decisions); every other contribution is offered to the index and its top suggestion and top
// three are checked against the label; then each session's contributions (none in a theme yet)
// are grouped and the groups compared with the labels by the adjusted Rand index (a contribution
// left out of every group counts as a group of its own). Noise (emoji only, other languages) is
// offered too, so that it must not fail, but is left out of the scores. Last, the questions are
// asked again in order with each answer taught back (a co-lead's decision becoming an example).
public static class ThemeQuality
{
    private const string Noise = "noise";

    public sealed record Figures(string Set, int Asked, double Top1, double Top3, double SessionAri, double AllAri, int Groups, double LearningTop1, double LearningTop3);

    public static async Task<int> RunAsync(Options options)
    {
        var engine = ThemeEngines.Create(options);
        var sets = options.Text("set", Fresh ? "tuning,held-out,fresh" : "tuning,held-out").Split(',', StringSplitOptions.RemoveEmptyEntries);
        Console.WriteLine($"theme engine: {engine.GetType().Name}");
        foreach (var set in sets)
        {
            var f = await MeasureAsync(engine, set);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"themes {f.Set}: top-1 precision {f.Top1:0.000}, top-3 hit rate {f.Top3:0.000} ({f.Asked} contributions), " +
                $"adjusted Rand index {f.SessionAri:0.000} per session (mean), {f.AllAri:0.000} all at once ({f.Groups} groups); " +
                $"learning from each decision: top-1 {f.LearningTop1:0.000}, top-3 {f.LearningTop3:0.000}"));
        }

        return 0;
    }

    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "ThemeEvaluation");

    // The unseen set, written by someone who never saw the engine, with themes of its own.
    private static bool Fresh => File.Exists(Path.Combine(Folder, "fresh.csv"));

    // A set's themes: its own file (fresh-themes.csv for fresh.csv) or the themes the tuning and
    // held-out sets share.
    private static string ThemesOf(string set)
    {
        var own = Path.Combine(Folder, set + "-themes.csv");
        return File.Exists(own) ? own : Path.Combine(Folder, "themes.csv");
    }

    public static async Task<Figures> MeasureAsync(IThemeEngine engine, string set)
    {
        var themes = Read(ThemesOf(set)).Select(f => new ThemeRow(f[0], f[1], f[2])).ToList();
        var items = Read(Path.Combine(Folder, set + ".csv"))
            .Select(f => new ItemRow(int.Parse(f[0], CultureInfo.InvariantCulture), f[1], f[2], f[3])).ToList();
        var ids = themes.Select((t, i) => (t.Theme, Id: new Guid(i + 1, 0, 0, new byte[8]))).ToDictionary(t => t.Theme, t => t.Id);

        var index = await engine.IndexAsync(themes.Select(t => new ThemeExamples(
            ids[t.Theme], t.Title, t.Gist, items.Where(i => i.Theme == t.Theme && i.Seed == "yes").Select(i => i.Text).ToList())).ToList());

        var (asked, top1, top3) = (0, 0, 0);
        foreach (var item in items.Where(i => i.Seed != "yes"))
        {
            var suggestions = await index.SuggestAsync(item.Text, 3);
            if (item.Theme == Noise)
            {
                continue;
            }

            asked++;
            top1 += suggestions.Count > 0 && suggestions[0].ThemeId == ids[item.Theme] ? 1 : 0;
            top3 += suggestions.Any(s => s.ThemeId == ids[item.Theme]) ? 1 : 0;
        }

        var (learningTop1, learningTop3) = await LearningAsync(engine, themes, items, ids);
        var sessions = new List<double>();
        foreach (var session in items.GroupBy(i => i.Session).OrderBy(g => g.Key))
        {
            sessions.Add((await AgreementAsync(engine, session.ToList())).Ari);
        }

        var (all, groups) = await AgreementAsync(engine, items);
        return new Figures(set, asked, (double)top1 / asked, (double)top3 / asked, sessions.Average(), all, groups, learningTop1, learningTop3);
    }

    // The same questions in the order people said them, each contribution then put in its theme
    // as a co-lead would, so that it becomes an example for the next suggestion.
    private static async Task<(double Top1, double Top3)> LearningAsync(
        IThemeEngine engine, List<ThemeRow> themes, List<ItemRow> items, Dictionary<string, Guid> ids)
    {
        var examples = themes.ToDictionary(t => t.Theme, t => items.Where(i => i.Theme == t.Theme && i.Seed == "yes").Select(i => i.Text).ToList());
        var (asked, top1, top3) = (0, 0, 0);
        foreach (var item in items.Where(i => i.Seed != "yes" && i.Theme != Noise))
        {
            var index = await engine.IndexAsync(themes.Select(t => new ThemeExamples(ids[t.Theme], t.Title, t.Gist, examples[t.Theme].ToList())).ToList());
            var suggestions = await index.SuggestAsync(item.Text, 3);
            asked++;
            top1 += suggestions.Count > 0 && suggestions[0].ThemeId == ids[item.Theme] ? 1 : 0;
            top3 += suggestions.Any(s => s.ThemeId == ids[item.Theme]) ? 1 : 0;
            examples[item.Theme].Add(item.Text);
        }

        return ((double)top1 / asked, (double)top3 / asked);
    }

    private static async Task<(double Ari, int Groups)> AgreementAsync(IThemeEngine engine, IReadOnlyList<ItemRow> items)
    {
        var texts = items.Select((item, i) => new TextToGroup(new Guid(i + 1, 0, 0, new byte[8]), item.Text)).ToList();
        var proposed = await engine.GroupAsync(texts);
        if (Environment.GetEnvironmentVariable("THEMES_SHOW_GROUPS") == "1")
        {
            foreach (var p in proposed)
            {
                Console.Error.WriteLine($"{p.Title}: {string.Join(' ', p.Members.Select(m => items[texts.FindIndex(t => t.Id == m)].Theme))}");
            }

            Console.Error.WriteLine($"alone: {string.Join(' ', items.Where((_, i) => !proposed.Any(p => p.Members.Contains(texts[i].Id))).Select(i => i.Theme))}");
        }

        var groupOf = proposed.SelectMany((p, g) => p.Members.Select(m => (m, g))).ToDictionary(x => x.m, x => x.g);
        var scored = Enumerable.Range(0, items.Count).Where(i => items[i].Theme != Noise).ToList();
        var groups = scored.Select(i => groupOf.TryGetValue(texts[i].Id, out var g) ? g : -1 - i).ToList();
        return (GroupAgreement.AdjustedRandIndex(groups, scored.Select(i => items[i].Theme).ToList()), proposed.Count);
    }

    // Every row after the heading.
    private static IEnumerable<IReadOnlyList<string>> Read(string path) =>
        CsvText.Parse(File.ReadAllText(path), ',').Records.Skip(1).Where(r => r.Fields.Count > 1).Select(r => r.Fields);

    private sealed record ThemeRow(string Theme, string Title, string Gist);

    private sealed record ItemRow(int Session, string Theme, string Seed, string Text);
}
