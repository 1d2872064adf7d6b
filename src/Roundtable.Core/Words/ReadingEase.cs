using System.Text.RegularExpressions;

namespace Roundtable.Core.Words;

// How easy some text is to read, by the Flesch reading-ease formula:
// 206.835 - 1.015 × (words per sentence) - 84.6 × (syllables per word). Plain English scores
// 60 to 70; easy read aims for 80 and more. Syllables are counted by a rule of thumb (groups of
// vowels, less a silent "e"), which is close enough to compare pages and watch them over time.
public static partial class ReadingEase
{
    public sealed record Score(double Value, int Words, int Sentences, int Syllables, string LongestSentence, int LongestSentenceWords)
    {
        public double WordsPerSentence => Sentences == 0 ? 0 : (double)Words / Sentences;

        public override string ToString() =>
            $"{Value:0} ({Words} words, {Sentences} sentences, {WordsPerSentence:0.0} words a sentence, the longest {LongestSentenceWords})";
    }

    // Each block is read as at least one sentence, so headings, labels and list items that end
    // without a full stop count as the short sentences they are.
    public static Score Measure(IEnumerable<string> blocks)
    {
        // A sentence needs a word with letters in it: a table's "14:00" or "10" is not one.
        var sentences = blocks.SelectMany(Sentences).Select(s => (Text: s, Words: Words(s)))
            .Where(s => s.Words.Any(word => word.Any(char.IsLetter))).ToList();
        var words = sentences.Sum(s => s.Words.Count);
        if (words == 0)
        {
            return new Score(0, 0, 0, 0, "", 0);
        }

        var syllables = sentences.Sum(s => s.Words.Sum(Syllables));
        var longest = sentences.MaxBy(s => s.Words.Count);
        var value = 206.835 - (1.015 * words / sentences.Count) - (84.6 * syllables / words);
        return new Score(Math.Round(value, 1), words, sentences.Count, syllables, longest.Text, longest.Words.Count);
    }

    public static Score Measure(string text) => Measure([text]);

    public static IReadOnlyList<string> Sentences(string block) =>
        SentenceEnd().Split(block).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    // Numbers are words too ("10", "14:00"); the other signs between words are not.
    public static IReadOnlyList<string> Words(string sentence) => Word().Matches(sentence).Select(m => m.Value).ToList();

    public static int Syllables(string word)
    {
        var letters = NotALetter().Replace(word.ToLowerInvariant(), "");
        if (letters.Length == 0)
        {
            // A number read aloud is mostly one or two syllables; one keeps the rule simple.
            return 1;
        }

        if (letters.Length <= 3)
        {
            return 1;
        }

        letters = SilentEnding().Replace(letters, "");
        letters = letters.StartsWith('y') ? letters[1..] : letters;
        return Math.Max(1, VowelGroup().Count(letters));
    }

    [GeneratedRegex(@"(?<=[.!?])\s+|[\r\n]+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’\-:.][\p{L}\p{N}]+)*")]
    private static partial Regex Word();

    [GeneratedRegex(@"[^a-z]")]
    private static partial Regex NotALetter();

    // "-es", "-ed" and a final "e" are mostly silent ("makes", "asked", "share"), but not "-le" ("table").
    [GeneratedRegex(@"(?:[^laeiouy]es|ed|[^laeiouy]e)$")]
    private static partial Regex SilentEnding();

    [GeneratedRegex(@"[aeiouy]{1,2}")]
    private static partial Regex VowelGroup();
}
