namespace Roundtable.Core.Themes;

// What suggesting needs, precomputed once: each theme's centre of meaning, every example's meaning
// (one flat array each, unit vectors, so a score is a dot product) and the themes' TF-IDF centres
// as lists of the themes each word appears in.
internal sealed class MeaningThemeIndex : IThemeIndex
{
    private readonly ThemeMeaning meaning;
    private readonly ThemeScoring scoring;
    private readonly Guid[] themeIds;
    private readonly WordWeights weights;
    private readonly Dictionary<string, (int Theme, float Weight)[]> themesByWord;
    private readonly float[] centres;
    private readonly float[] examples;
    private readonly int[] owners;
    private readonly SentenceVectors? sentences;
    private readonly Meant? sentenceMeanings;

    // Below this many examples a part, one thread reads them all.
    private const int ExamplesAPart = 20_000;

    private MeaningThemeIndex(
        ThemeMeaning meaning, ThemeScoring scoring, Guid[] themeIds, WordWeights weights,
        Dictionary<string, (int Theme, float Weight)[]> themesByWord, float[] centres, float[] examples, int[] owners,
        SentenceVectors? sentences, Meant? sentenceMeanings)
    {
        (this.meaning, this.scoring, this.themeIds, this.weights) = (meaning, scoring, themeIds, weights);
        (this.themesByWord, this.centres, this.examples, this.owners) = (themesByWord, centres, examples, owners);
        (this.sentences, this.sentenceMeanings) = (sentences, sentenceMeanings);
    }

    // Each theme's centre and every example's vector, from one kind of meaning.
    internal sealed record Meant(float[] Centres, float[] Examples, int[] Owners, int Dimensions)
    {
        // Each theme's centre is the weighted sum of its documents' vectors, made a unit vector; a
        // document with no vector counts for nothing.
        public static Meant From(int themeCount, int dimensions, IReadOnlyList<(int Theme, float Weight, float[]? Vector)> documents)
        {
            var centres = new float[themeCount * dimensions];
            var examples = new List<float>();
            var owners = new List<int>();
            foreach (var (theme, weight, vector) in documents)
            {
                if (vector is null)
                {
                    continue;
                }

                examples.AddRange(vector);
                owners.Add(theme);
                var centre = centres.AsSpan(theme * dimensions, dimensions);
                for (var d = 0; d < dimensions; d++)
                {
                    centre[d] += weight * vector[d];
                }
            }

            for (var t = 0; t < themeCount; t++)
            {
                ThemeMeaning.Normalise(centres.AsSpan(t * dimensions, dimensions));
            }

            return new Meant(centres, [.. examples], [.. owners], dimensions);
        }
    }

    public static MeaningThemeIndex Build(
        ThemeMeaning meaning, ThemeScoring scoring, IReadOnlyList<ThemeExamples> themes, SentenceVectors? sentences, CancellationToken cancellationToken)
    {
        var documents = new List<(int Theme, float Weight, IReadOnlyList<(string Stem, string Word)> Words, string Text)>();
        for (var t = 0; t < themes.Count; t++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var titled = string.IsNullOrWhiteSpace(themes[t].Gist) ? themes[t].Title : $"{themes[t].Title}: {themes[t].Gist}";
            documents.Add((t, scoring.Title, meaning.Words(titled), titled));
            documents.AddRange(themes[t].Examples.Select(e => (t, 1f, meaning.Words(e), e)));
        }

        var weights = WordWeights.From(documents.Select(d => (IReadOnlyList<string>)d.Words.Select(w => w.Stem).ToList()).ToList());
        var lexical = new Dictionary<string, double>[themes.Count];
        for (var t = 0; t < themes.Count; t++)
        {
            lexical[t] = new Dictionary<string, double>(StringComparer.Ordinal);
        }

        var dimensions = meaning.Dimensions;
        var centres = new float[themes.Count * dimensions];
        var examples = new List<float>(documents.Count * dimensions);
        var owners = new List<int>(documents.Count);
        var row = new float[dimensions];
        foreach (var (theme, weight, words, _) in documents)
        {
            foreach (var (stem, value) in ThemeMeaning.Weighed(weights.Vector(words.Select(w => w.Stem).ToList()), scoring.SuggestConcepts))
            {
                lexical[theme][stem] = lexical[theme].GetValueOrDefault(stem) + weight * value;
            }

            if (meaning.Meaning(words, row))
            {
                examples.AddRange(row);
                owners.Add(theme);
                var centre = centres.AsSpan(theme * dimensions, dimensions);
                for (var d = 0; d < dimensions; d++)
                {
                    centre[d] += weight * row[d];
                }
            }
        }

        for (var t = 0; t < themes.Count; t++)
        {
            ThemeMeaning.Normalise(centres.AsSpan(t * dimensions, dimensions));
        }

        var themesByWord = lexical
            .SelectMany((centre, t) =>
            {
                var length = Math.Sqrt(centre.Values.Sum(v => v * v));
                return centre.Select(w => (w.Key, Theme: t, Weight: (float)(w.Value / length)));
            })
            .GroupBy(w => w.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(w => (w.Theme, w.Weight)).ToArray(), StringComparer.Ordinal);
        var sentenceMeanings = sentences is null ? null : SentenceMeanings(sentences, themes.Count, documents.Where(d => d.Words.Count > 0).Select(d => (d.Theme, d.Weight, d.Text)).ToList(), cancellationToken);
        return new MeaningThemeIndex(
            meaning, scoring, themes.Select(t => t.ThemeId).ToArray(), weights, themesByWord, centres, [.. examples], [.. owners], sentences, sentenceMeanings);
    }

    private static Meant SentenceMeanings(SentenceVectors sentences, int themeCount, List<(int Theme, float Weight, string Text)> documents, CancellationToken cancellationToken)
    {
        var encoded = sentences.Encode(documents.Select(d => d.Text).ToList(), cancellationToken);
        return Meant.From(themeCount, SentenceVectors.Dimensions, documents.Select((d, e) => (d.Theme, d.Weight, (float[]?)encoded[e])).ToList());
    }

    public Task<IReadOnlyList<ThemeSuggestion>> SuggestAsync(string text, int take, CancellationToken cancellationToken = default)
    {
        if (take <= 0)
        {
            return Task.FromResult<IReadOnlyList<ThemeSuggestion>>([]);
        }

        var words = meaning.Words(text);
        var scores = new float[themeIds.Length];
        var sharesWords = false;
        foreach (var (stem, value) in ThemeMeaning.Weighed(weights.Vector(words.Select(w => w.Stem).ToList()), scoring.SuggestConcepts))
        {
            if (themesByWord.TryGetValue(stem, out var found))
            {
                sharesWords = true;
                foreach (var (theme, weight) in found)
                {
                    scores[theme] += scoring.Words * (float)value * weight;
                }
            }
        }

        var dimensions = meaning.Dimensions;
        var said = new float[dimensions];
        var meant = meaning.Meaning(words, said);
        if (meant)
        {
            AddMeaning(scores, said, new Meant(centres, examples, owners, dimensions), scoring.Centre, scoring.Nearest);
        }

        if (sentenceMeanings is not null && words.Count > 0)
        {
            var sentence = sentences!.Encode([text], cancellationToken)[0];
            AddMeaning(scores, sentence, sentenceMeanings, scoring.SentenceCentre, scoring.SentenceNearest);
            meant = true;
        }

        if (!meant && !sharesWords)
        {
            return Task.FromResult<IReadOnlyList<ThemeSuggestion>>([]);
        }

        // Without meaning, only themes that share a word are suggested, as the lexical engine does.
        IReadOnlyList<ThemeSuggestion> best = Best(scores, take, meant ? float.NegativeInfinity : 0f)
            .Select(t => new ThemeSuggestion(themeIds[t], scores[t]))
            .ToList();
        return Task.FromResult(best);
    }

    // Adds to each theme's score how near said is to its centre and to its nearest example.
    internal static void AddMeaning(float[] scores, float[] said, Meant meant, float centre, float nearest)
    {
        var dimensions = meant.Dimensions;
        var best = Nearest(said, meant.Examples, meant.Owners, dimensions, scores.Length);

        for (var t = 0; t < scores.Length; t++)
        {
            scores[t] += centre * ThemeMeaning.Dot(said, meant.Centres.AsSpan(t * dimensions, dimensions));
            if (!float.IsNegativeInfinity(best[t]))
            {
                scores[t] += nearest * best[t];
            }
        }
    }

    // How near said is to each theme's nearest example (negative infinity for a theme with none).
    // Reading every example is most of a suggestion's time among many themes, so a large index is
    // read in parts on several threads; the nearest of each part's nearest is the same whatever
    // the order, so the answer is too.
    private static float[] Nearest(float[] said, float[] examples, int[] owners, int dimensions, int themeCount)
    {
        var parts = Math.Clamp(owners.Length / ExamplesAPart, 1, Environment.ProcessorCount);
        var nearest = new float[parts][];
        Parallel.For(0, parts, part =>
        {
            var best = new float[themeCount];
            Array.Fill(best, float.NegativeInfinity);
            var (from, to) = ((int)((long)owners.Length * part / parts), (int)((long)owners.Length * (part + 1) / parts));
            for (var e = from; e < to; e++)
            {
                var similarity = ThemeMeaning.Dot(said, examples.AsSpan(e * dimensions, dimensions));
                if (similarity > best[owners[e]])
                {
                    best[owners[e]] = similarity;
                }
            }

            nearest[part] = best;
        });

        for (var part = 1; part < parts; part++)
        {
            for (var t = 0; t < themeCount; t++)
            {
                nearest[0][t] = Math.Max(nearest[0][t], nearest[part][t]);
            }
        }

        return nearest[0];
    }

    // The take highest scores above floor, best first, ties to the theme that came first.
    internal static List<int> Best(float[] scores, int take, float floor)
    {
        var best = new List<int>(take + 1);
        for (var t = 0; t < scores.Length; t++)
        {
            if (scores[t] <= floor || (best.Count == take && scores[t] <= scores[best[^1]]))
            {
                continue;
            }

            var at = best.Count;
            while (at > 0 && scores[best[at - 1]] < scores[t])
            {
                at--;
            }

            best.Insert(at, t);
            if (best.Count > take)
            {
                best.RemoveAt(take);
            }
        }

        return best;
    }
}
