using System.Globalization;
using Microsoft.Extensions.Logging;
using Roundtable.Core.Themes;

namespace Roundtable.Bench;

// The engines a theme measurement can be asked to run: "lexical" (words only, the first engine),
// "words" (the default engine without its word vectors) or "default" (the one the app registers),
// with the sentence encoder (SentenceVectors) as in the app unless --sentences off, whose weights can be changed
// with --sentence-centre, --sentence-nearest and --group-sentences; and the default engine's weights
// can be changed with --centre, --nearest, --words, --title, --group-meaning,
// --group-words, --together, --suggest-concepts, --group-concepts and --concepts on|off when tuning on the tuning set.
public static class ThemeEngines
{
    public static IThemeEngine Create(Options options) => Create(options, out _);

    public static IThemeEngine Create(Options options, out SentenceVectors? sentences)
    {
        // Logged to stderr, so that stdout has only the figures.
        using var logging = LoggerFactory.Create(b => b.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
        var logger = logging.CreateLogger("themes");
        sentences = options.Text("sentences", "on") == "on" && options.Text("engine", "default") == "default" ? SentenceVectors.Load(logger) : null;
        var d = ThemeScoring.For(sentences);
        var scoring = new ThemeScoring
        {
            Centre = Weight(options, "centre", d.Centre),
            Nearest = Weight(options, "nearest", d.Nearest),
            Words = Weight(options, "words", d.Words),
            Title = Weight(options, "title", d.Title),
            GroupMeaning = Weight(options, "group-meaning", d.GroupMeaning),
            GroupWords = Weight(options, "group-words", d.GroupWords),
            Together = Weight(options, "together", d.Together),
            Concepts = options.Text("concepts", "on") == "on",
            SentenceCentre = Weight(options, "sentence-centre", d.SentenceCentre),
            SentenceNearest = Weight(options, "sentence-nearest", d.SentenceNearest),
            GroupSentences = Weight(options, "group-sentences", d.GroupSentences),
            SuggestConcepts = Weight(options, "suggest-concepts", d.SuggestConcepts),
            GroupConcepts = Weight(options, "group-concepts", d.GroupConcepts),
        };
        return options.Text("engine", "default") switch
        {
            "lexical" => new LexicalThemeEngine(),
            "words" => new MeaningThemeEngine(null, scoring),
            "default" => new MeaningThemeEngine(WordVectors.BesideTheApp(logger), scoring, sentences),
            var other => throw new ArgumentException($"unknown engine {other}: default, words or lexical"),
        };
    }

    private static float Weight(Options options, string name, float fallback) =>
        options.Has(name) ? float.Parse(options.Text(name), CultureInfo.InvariantCulture) : fallback;
}
