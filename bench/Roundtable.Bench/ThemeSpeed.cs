using System.Diagnostics;
using System.Globalization;
using Roundtable.Core.Csv;
using Roundtable.Core.Themes;

namespace Roundtable.Bench;

// How fast the default engine is at the sizes the issue names: one suggestion among 10,000
// themes with 100,000 contributions as their examples (goal: median under 20 ms), and grouping
// 5,000 contributions (goal: under 3 s); and the memory the word vectors and the index take.
// Contributions are made from the labelled tuning set's, each mixed with words of two others, by
// a seeded random so every run measures the same texts. With the sentence encoder (the default, as
// in the app) the themes' examples and the contributions to group have their meanings stored
// already, as the app's worker leaves them (ContributionMeaning): made cheaply, each a seeded mix
// of a few hundred really encoded texts (how fast a lookup is does not depend on which vectors they
// are); each contribution asked about is new, so its suggestion includes encoding it.
public static class ThemeSpeed
{
    public static async Task<int> RunAsync(Options options)
    {
        var themeCount = options.Number("themes", 10_000);
        var exampleCount = options.Number("examples", 100_000);
        var groupCount = options.Number("group", 5_000);
        var asks = options.Number("asks", 500);

        var before = Memory();
        var engine = ThemeEngines.Create(options, out var sentences);
        var withVectors = Memory();
        var random = new Random(12);
        var said = Said();
        string Text() => string.Join(' ', said[random.Next(said.Count)], Words(said[random.Next(said.Count)], random), Words(said[random.Next(said.Count)], random));

        var themes = Enumerable.Range(0, themeCount).Select(t => new ThemeExamples(
            new Guid(t + 1, 0, 0, new byte[8]), $"Theme {t}: {Words(said[random.Next(said.Count)], random)}", null,
            Enumerable.Range(0, exampleCount / themeCount).Select(_ => Text()).ToList())).ToList();
        var texts = Enumerable.Range(0, groupCount).Select(i => new TextToGroup(new Guid(i + 1, 0, 0, new byte[8]), Text())).ToList();
        var storing = Stopwatch.StartNew();
        if (sentences is not null)
        {
            Store(sentences, themes.SelectMany(t => t.Examples.Prepend(t.Title)).Concat(texts.Select(t => t.Text)), said.Take(300).ToList(), new Random(13));
        }

        storing.Stop();
        var withStored = Memory();
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
        var encodeTimes = new List<double>();
        foreach (var question in sentences is null ? [] : Enumerable.Range(0, 100).Select(_ => Text()).ToList())
        {
            var started = Stopwatch.GetTimestamp();
            sentences!.Encode([question]);
            encodeTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        encodeTimes.Sort();

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
            $"themes: engine: {(sentences is null ? "words and word vectors (--sentences off)" : $"with the sentence encoder, meanings stored for examples and contributions to group ({storing.Elapsed.TotalSeconds:0.0} s to make them), each asked contribution encoded")}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"themes: suggest among {themeCount} themes with {exampleCount} examples: median {times[times.Count / 2]:0.00} ms, p95 {times[(int)(times.Count * 0.95)]:0.00} ms ({asks} contributions; index built in {built.Elapsed.TotalSeconds:0.0} s)"));
        if (encodeTimes.Count > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"themes: of which encoding one new contribution: median {encodeTimes[encodeTimes.Count / 2]:0.00} ms (100 more contributions, encoded alone)"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"themes: group {groupCount} contributions: median {groupTimes[1] / 1000:0.00} s of 3 runs ({groups} groups proposed)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"themes: memory: managed heap {before.Heap:0} MB at start, {withVectors.Heap:0} MB with the word vectors (and encoder), {withStored.Heap:0} MB with the stored meanings read, {withIndex.Heap:0} MB with the index; working set {before.WorkingSet:0} / {withVectors.WorkingSet:0} / {withStored.WorkingSet:0} / {withIndex.WorkingSet:0} MB, {peak / 1e6:0} MB at most while grouping"));
        return 0;
    }

    // Hands the encoder a stored meaning for each text, as ContributionMeanings does from the
    // database: a seeded mix of three of the encoded texts, rounded as stored.
    private static void Store(SentenceVectors sentences, IEnumerable<string> texts, List<string> encodedTexts, Random random)
    {
        var encoded = sentences.Encode(encodedTexts);
        var mixed = new float[SentenceVectors.Dimensions];
        foreach (var text in texts)
        {
            Array.Clear(mixed);
            for (var k = 0; k < 3; k++)
            {
                var from = encoded[random.Next(encoded.Length)];
                var weight = (float)random.NextDouble();
                for (var d = 0; d < mixed.Length; d++)
                {
                    mixed[d] += weight * from[d];
                }
            }

            ThemeMeaning.Normalise(mixed);
            sentences.Remember(text, SentenceVectors.Dequantise(SentenceVectors.Quantise(mixed)));
        }
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
