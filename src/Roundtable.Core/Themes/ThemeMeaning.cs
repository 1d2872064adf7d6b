using System.Collections.Concurrent;
using System.Numerics;

namespace Roundtable.Core.Themes;

// A contribution as the meaning engine compares it: its words (spelling slips put right, shorthand
// written out, chat filler left out), their stems for TF-IDF, and the meaning of the whole as one
// unit vector: the weighted mean of its words' vectors, rare words counting more than common ones.
public sealed class ThemeMeaning
{
    // How much a common word counts: weight a / (a + p) where p is the word's estimated frequency
    // (Zipf: proportional to 1 / rank). "the" counts almost nothing, "respite" almost fully.
    private const float Rarity = 1e-3f;
    private const float Zipf = 13f;

    // Slips are put right only towards words at least this common, never towards rare ones.
    private const int CommonEnoughToCorrectTo = 50_000;

    private static readonly Dictionary<string, string[]> Shorthand = new(StringComparer.Ordinal)
    {
        ["ppl"] = ["people"], ["yrs"] = ["years"], ["yr"] = ["year"], ["mins"] = ["minutes"], ["info"] = ["information"],
        ["ld"] = ["learning", "disability"], ["lda"] = ["learning", "disability", "autism"], ["asd"] = ["autism"],
        ["asc"] = ["autism"], ["mh"] = ["mental", "health"], ["camhs"] = ["child", "mental", "health", "services"],
        ["ehcp"] = ["education", "health", "care", "plan"], ["bsl"] = ["sign", "language"], ["gp"] = ["doctor"],
        ["gps"] = ["doctors"], ["icb"] = ["health", "board"], ["cpd"] = ["professional", "development"],
        ["pa"] = ["personal", "assistant"], ["pas"] = ["personal", "assistants"], ["pbs"] = ["positive", "behaviour", "support"],
        ["bame"] = ["black", "asian", "ethnic", "minority"], ["lgbt"] = ["gay", "lesbian", "transgender"],
        ["lgbtq"] = ["gay", "lesbian", "transgender"], ["neurodivergent"] = ["autistic"], ["neurodiverse"] = ["autistic"],
        ["nd"] = ["autistic"], ["tokenistic"] = ["token"], ["tokenism"] = ["token"], ["cop"] = ["community", "practice"],
        ["coproduction"] = ["partnership"], ["sw"] = ["social", "worker"], ["ot"] = ["occupational", "therapist"],
        ["cmht"] = ["community", "mental", "health", "team"], ["ae"] = ["emergency"], ["dx"] = ["diagnosis"],
        ["meds"] = ["medication"], ["pip"] = ["benefits"], ["dla"] = ["benefits"], ["uc"] = ["benefits"],
    };

    // What people type in chat that says nothing about the theme.
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "pls", "plz", "please", "tbh", "imo", "imho", "smh", "lol", "yeah", "yep", "etc", "btw", "fyi", "tho", "gonna",
        "wanna", "kinda", "cos", "cuz", "coz", "haha", "omg", "hi", "hello", "everyone", "folks", "guys", "actually",
        "need", "needs", "want", "wants", "like", "know", "say", "said", "make", "go", "going", "come", "way", "well",
        "much", "many", "something", "anything", "someone", "anyone", "other", "another", "good", "great", "should",
        "shouldnt", "isnt", "arent", "wasnt", "werent", "didnt", "doesnt", "couldnt", "wouldnt", "wont", "hes", "shes",
        "thats", "whats", "theres", "lets", "ill", "id", "weve", "youve", "ours", "mine", "own",
    };

    // Concepts are compared like words, marked so that they never clash with one.
    public const string ConceptMark = "~";

    private readonly WordVectors? vectors;
    private readonly float[] common;
    private readonly ConcurrentDictionary<string, int> corrections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> conceptsByStem;
    private readonly bool concepts;

    public ThemeMeaning(WordVectors? vectors, bool concepts = true)
    {
        (this.vectors, this.concepts) = (vectors, concepts);
        conceptsByStem = ThemeConcepts.Cues
            .SelectMany(c => c.Value.Select(cue => (Stem: ThemeWords.Stem(cue), Concept: ConceptMark + c.Key)))
            .GroupBy(c => c.Stem, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Concept).Distinct().Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        common = new float[Dimensions];
        if (vectors is not null)
        {
            // Every mean of word vectors leans the same way; that shared lean is taken off so that
            // what is left is what sets a contribution apart.
            var take = Math.Min(vectors.Count, 10_000);
            for (var rank = 0; rank < take; rank++)
            {
                vectors.AddTo(rank, 1f / take, common);
            }
        }
    }

    public bool HasVectors => vectors is not null;

    public int Dimensions => vectors?.Dimensions ?? 0;

    // The words kept, each with its stem (compared) and its surface form (for titles).
    public IReadOnlyList<(string Stem, string Word)> Words(string? text)
    {
        var words = new List<(string Stem, string Word)>();
        foreach (var (_, said) in ThemeWords.WithStems(text))
        {
            if (Shorthand.TryGetValue(said, out var written))
            {
                words.AddRange(written.Select(w => (ThemeWords.Stem(w), w)));
            }
            else if (!Filler.Contains(said))
            {
                var word = Corrected(said);
                if (!Filler.Contains(word))
                {
                    words.Add((ThemeWords.Stem(word), word));
                }
            }
        }

        if (concepts)
        {
            words.AddRange(words
                .SelectMany(w => conceptsByStem.GetValueOrDefault(w.Stem) ?? [])
                .Select(concept => (concept, concept))
                .ToList());
        }

        return words;
    }

    // The unit vector of what the words mean, into meaning; false when no word has a vector.
    public bool Meaning(IReadOnlyList<(string Stem, string Word)> words, Span<float> meaning)
    {
        meaning.Clear();
        if (vectors is null)
        {
            return false;
        }

        var total = 0f;
        foreach (var (_, word) in words)
        {
            var rank = vectors.RankOf(word);
            if (rank >= 0)
            {
                var frequency = 1f / ((rank + 1) * Zipf);
                var weight = Rarity / (Rarity + frequency);
                vectors.AddTo(rank, weight, meaning);
                total += weight;
            }
        }

        if (total == 0)
        {
            return false;
        }

        for (var d = 0; d < meaning.Length; d++)
        {
            meaning[d] = meaning[d] / total - common[d];
        }

        return Normalise(meaning);
    }

    // A TF-IDF vector with its concepts counting weight times as much, at unit length again.
    public static Dictionary<string, double> Weighed(Dictionary<string, double> vector, float weight)
    {
        if (weight == 1)
        {
            return vector;
        }

        foreach (var key in vector.Keys.Where(k => k.StartsWith(ConceptMark, StringComparison.Ordinal)).ToList())
        {
            vector[key] *= weight;
        }

        var length = Math.Sqrt(vector.Values.Sum(v => v * v));
        foreach (var key in vector.Keys.ToList())
        {
            vector[key] /= length;
        }

        return vector;
    }

    public static bool Normalise(Span<float> vector)
    {
        var length = MathF.Sqrt(Dot(vector, vector));
        if (length == 0 || float.IsNaN(length))
        {
            vector.Clear();
            return false;
        }

        for (var d = 0; d < vector.Length; d++)
        {
            vector[d] /= length;
        }

        return true;
    }

    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        }

        var total = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }

        return total;
    }

    // A word with no vector that is one slip (a letter missing, extra, wrong or two swapped) away
    // from a common word is taken as that word; the commonest such word wins, so it is deterministic.
    private string Corrected(string word)
    {
        if (vectors is null || word.Length < 4 || !word.All(char.IsAsciiLetterLower) || vectors.RankOf(word) >= 0)
        {
            return word;
        }

        // Another form of the same word ("carer" for "carers") comes before any slip.
        if (vectors.RankOf(word + "s") >= 0)
        {
            return word + "s";
        }

        if (word.EndsWith('s') && vectors.RankOf(word[..^1]) >= 0)
        {
            return word[..^1];
        }

        var best = corrections.GetOrAdd(word, w =>
        {
            var found = int.MaxValue;
            foreach (var candidate in OneSlipFrom(w))
            {
                var rank = vectors.RankOf(candidate);
                if (rank >= 0 && rank < found && rank < CommonEnoughToCorrectTo)
                {
                    found = rank;
                }
            }

            return found == int.MaxValue ? -1 : found;
        });
        return best < 0 ? word : WordAt(best, word);
    }

    private string WordAt(int rank, string word)
    {
        foreach (var candidate in OneSlipFrom(word))
        {
            if (vectors!.RankOf(candidate) == rank)
            {
                return candidate;
            }
        }

        return word;
    }

    private static IEnumerable<string> OneSlipFrom(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            yield return word.Remove(i, 1);
        }

        for (var i = 0; i < word.Length - 1; i++)
        {
            yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1, 1), word.AsSpan(i, 1), word.AsSpan(i + 2));
        }

        for (var i = 0; i <= word.Length; i++)
        {
            for (var c = 'a'; c <= 'z'; c++)
            {
                yield return word.Insert(i, c.ToString());
                if (i < word.Length && word[i] != c)
                {
                    yield return string.Concat(word.AsSpan(0, i), c.ToString(), word.AsSpan(i + 1));
                }
            }
        }
    }
}
