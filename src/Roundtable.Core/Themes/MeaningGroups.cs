namespace Roundtable.Core.Themes;

// Groups of similar contributions by average-linkage clustering: every contribution starts alone,
// and the two groups most alike on average (meaning and shared words) are joined, again and again,
// until no two groups are alike enough. Found with the nearest-neighbour chain, which gives the same
// groups as joining the most alike pair each time, in time proportional to the square of the number
// of contributions. Contributions left alone are not proposed.
internal static class MeaningGroups
{
    public static IReadOnlyList<ProposedTheme> Propose(
        ThemeMeaning meaning, ThemeScoring scoring, SentenceVectors? sentences, IReadOnlyList<TextToGroup> texts, CancellationToken cancellationToken)
    {
        var n = texts.Count;
        var said = texts.Select(t => meaning.Words(t.Text)).ToList();
        var stems = said.Select(w => (IReadOnlyList<string>)w.Select(p => p.Stem).ToList()).ToList();
        var weights = WordWeights.From(stems);
        var lexical = stems.Select(s => ThemeMeaning.Weighed(weights.Vector(s), scoring.GroupConcepts)).ToList();
        var dimensions = meaning.Dimensions;
        var vectors = new float[n * dimensions];
        var meant = new bool[n];
        for (var i = 0; i < n; i++)
        {
            meant[i] = meaning.Meaning(said[i], vectors.AsSpan(i * dimensions, dimensions));
        }

        var similarity = Similarities(scoring, lexical, vectors, meant, dimensions, cancellationToken);
        if (sentences is not null)
        {
            AddSentences(similarity, scoring.GroupSentences, sentences.Encode(texts.Select(t => t.Text).ToList(), cancellationToken), said.Select(w => w.Count > 0).ToArray(), cancellationToken);
        }

        var members = Cluster(similarity, n, scoring.Together, said.Select(w => w.Count > 0).ToArray(), cancellationToken);

        return Proposed(members, ThemeWords.CommonestWords(said), lexical.Select(Said).ToList(), texts);
    }

    // The groups of two or more, biggest first, each titled from its most distinctive words.
    internal static IReadOnlyList<ProposedTheme> Proposed(
        List<List<int>> members, IReadOnlyDictionary<string, string> commonest, IReadOnlyList<Dictionary<string, double>> words, IReadOnlyList<TextToGroup> texts) =>
        members
            .Where(g => g.Count >= 2)
            .OrderByDescending(g => g.Count).ThenBy(g => g[0])
            .Select(g => new ProposedTheme(WordWeights.Title(g.Select(i => words[i]), commonest), g.Select(i => texts[i].Id).ToList()))
            .ToList();

    // Titles are made of what people wrote, not of the thesaurus's concepts.
    private static Dictionary<string, double> Said(Dictionary<string, double> vector) =>
        vector.Where(w => !w.Key.StartsWith(ThemeMeaning.ConceptMark, StringComparison.Ordinal)).ToDictionary(StringComparer.Ordinal);

    // Every pair's similarity, in one n x n array: meaning by dot products of unit vectors, shared
    // words through the list of texts each word appears in (so pairs sharing nothing cost nothing).
    private static float[] Similarities(
        ThemeScoring scoring, List<Dictionary<string, double>> lexical, float[] vectors, bool[] meant, int dimensions, CancellationToken cancellationToken)
    {
        var n = lexical.Count;
        var similarity = new float[n * n];
        for (var i = 0; i < n; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!meant[i])
            {
                continue;
            }

            var a = vectors.AsSpan(i * dimensions, dimensions);
            for (var j = i + 1; j < n; j++)
            {
                if (meant[j])
                {
                    var s = scoring.GroupMeaning * ThemeMeaning.Dot(a, vectors.AsSpan(j * dimensions, dimensions));
                    similarity[i * n + j] = s;
                    similarity[j * n + i] = s;
                }
            }
        }

        var textsByWord = new Dictionary<string, List<(int Text, float Weight)>>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            foreach (var (word, weight) in lexical[i])
            {
                if (!textsByWord.TryGetValue(word, out var texts))
                {
                    textsByWord[word] = texts = [];
                }

                texts.Add((i, (float)weight));
            }
        }

        foreach (var texts in textsByWord.Values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var x = 0; x < texts.Count; x++)
            {
                for (var y = x + 1; y < texts.Count; y++)
                {
                    var s = scoring.GroupWords * texts[x].Weight * texts[y].Weight;
                    similarity[texts[x].Text * n + texts[y].Text] += s;
                    similarity[texts[y].Text * n + texts[x].Text] += s;
                }
            }
        }

        return similarity;
    }

    private static void AddSentences(float[] similarity, float weight, float[][] encoded, bool[] hasWords, CancellationToken cancellationToken)
    {
        var n = encoded.Length;
        for (var i = 0; i < n; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var j = i + 1; j < n && hasWords[i]; j++)
            {
                if (hasWords[j])
                {
                    var s = weight * ThemeMeaning.Dot(encoded[i], encoded[j]);
                    similarity[i * n + j] += s;
                    similarity[j * n + i] += s;
                }
            }
        }
    }

    // similarity is n x n and is changed as groups join; only texts that have something to compare
    // (hasWords) are grouped.
    internal static List<List<int>> Cluster(float[] similarity, int n, float together, bool[] hasWords, CancellationToken cancellationToken)
    {
        var members = Enumerable.Range(0, n).Select(i => new List<int> { i }).ToList();
        // Open: may still join another group. A group whose best partner is below the threshold is
        // closed for good: in average linkage, joining others never makes them more alike to it.
        var open = hasWords.ToArray();
        var chain = new List<int>();
        var next = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (chain.Count == 0)
            {
                while (next < n && !open[next])
                {
                    next++;
                }

                if (next == n)
                {
                    break;
                }

                chain.Add(next);
            }

            var a = chain[^1];
            var previous = chain.Count >= 2 ? chain[^2] : -1;
            var (b, best) = (-1, float.NegativeInfinity);
            var row = similarity.AsSpan(a * n, n);
            for (var c = 0; c < n; c++)
            {
                if (c != a && open[c] && (row[c] > best || (row[c] == best && c == previous)))
                {
                    (b, best) = (c, row[c]);
                }
            }

            if (previous >= 0 && row[previous] == best)
            {
                b = previous;
            }

            if (b < 0 || best < together)
            {
                open[a] = false;
                chain.RemoveAt(chain.Count - 1);
                continue;
            }

            if (b != previous)
            {
                chain.Add(b);
                continue;
            }

            // a and b are each other's nearest: join b into the one that came first.
            chain.RemoveRange(chain.Count - 2, 2);
            var (keep, gone) = a < b ? (a, b) : (b, a);
            var (sizeKeep, sizeGone) = ((float)members[keep].Count, (float)members[gone].Count);
            for (var c = 0; c < n; c++)
            {
                var joined = (sizeKeep * similarity[keep * n + c] + sizeGone * similarity[gone * n + c]) / (sizeKeep + sizeGone);
                similarity[keep * n + c] = joined;
                similarity[c * n + keep] = joined;
            }

            members[keep].AddRange(members[gone]);
            members[keep].Sort();
            members[gone].Clear();
            open[gone] = false;
        }

        return members.Where(m => m.Count > 0).ToList();
    }
}
