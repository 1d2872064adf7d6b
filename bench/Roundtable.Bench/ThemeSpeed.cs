using System.Diagnostics;
using System.Globalization;
using Roundtable.Core.Csv;
using Roundtable.Core.Themes;

namespace Roundtable.Bench;

// How fast the default engine is at the sizes the issue names: one suggestion among 10,000
// themes with 100,000 contributions as their examples (goal: median under 20 ms), and grouping
// 5,000 contributions (goal: under 3 s); and the memory the word vectors and the index take.
// Contributions are made from the labelled tuning set's, each mixed with words of two others, by
// a seeded random so every run measures the same texts.
public static class ThemeSpeed
{
    public static async Task<int> RunAsync(Options options)
    {
        var themeCount = options.Number("themes", 10_000);
        var exampleCount = options.Number("examples", 100_000);
        var groupCount = options.Number("group", 5_000);
        var asks = options.Number("asks", 500);

        var before = Memory();
        var engine = ThemeEngines.Create(options);
        var withVectors = Memory();
        var random = new Random(12);
        var said = Said();
        string Text() => string.Join(' ', said[random.Next(said.Count)], Words(said[random.Next(said.Count)], random), Words(said[random.Next(said.Count)], random));

        var themes = Enumerable.Range(0, themeCount).Select(t => new ThemeExamples(
            new Guid(t + 1, 0, 0, new byte[8]), $"Theme {t}: {Words(said[random.Next(said.Count)], random)}", null,
            Enumerable.Range(0, exampleCount / themeCount).Select(_ => Text()).ToList())).ToList();
        var built = Stopwatch.StartNew();
        var index = await engine.IndexAsync(themes);
        built.Stop();
        var withIndex = Memory();

        var questions = Enumerable.Range(0, asks).Select(_ => Text()).ToList();
        for (var i = 0; i < 20; i++)
        {
            await index.SuggestAsync(questions[i], 3);
        }

        var times = new List<double>();
        foreach (var question in questions)
        {
            var started = Stopwatch.GetTimestamp();
            await index.SuggestAsync(question, 3);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        times.Sort();
        GC.KeepAlive(index);

        var texts = Enumerable.Range(0, groupCount).Select(i => new TextToGroup(new Guid(i + 1, 0, 0, new byte[8]), Text())).ToList();
        await engine.GroupAsync(texts.Take(200).ToList());
        var groupTimes = new List<double>();
        var groups = 0;
        var peak = 0L;
        for (var round = 0; round < 3; round++)
        {
            var started = Stopwatch.GetTimestamp();
            groups = (await engine.GroupAsync(texts)).Count;
            groupTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            peak = Math.Max(peak, Environment.WorkingSet);
        }

        groupTimes.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"themes: suggest among {themeCount} themes with {exampleCount} examples: median {times[times.Count / 2]:0.00} ms, p95 {times[(int)(times.Count * 0.95)]:0.00} ms ({asks} contributions; index built in {built.Elapsed.TotalSeconds:0.0} s)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"themes: group {groupCount} contributions: median {groupTimes[1] / 1000:0.00} s of 3 runs ({groups} groups proposed)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"themes: memory: managed heap {before.Heap:0} MB at start, {withVectors.Heap:0} MB with the word vectors, {withIndex.Heap:0} MB with the index; working set {before.WorkingSet:0} / {withVectors.WorkingSet:0} / {withIndex.WorkingSet:0} MB, {peak / 1e6:0} MB at most while grouping"));
        return 0;
    }

    private static (double Heap, double WorkingSet) Memory() => (GC.GetTotalMemory(forceFullCollection: true) / 1e6, Environment.WorkingSet / 1e6);

    private static string Words(string text, Random random)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Skip(random.Next(words.Length)).Take(3));
    }

    private static List<string> Said() =>
        CsvText.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ThemeEvaluation", "tuning.csv")), ',')
            .Records.Skip(1).Where(r => r.Fields.Count > 3 && r.Fields[1] != "noise").Select(r => r.Fields[3]).ToList();
}
