namespace Roundtable.Core.Themes;

// The engine that needs nothing but the words: each theme is the centre of its title, gist and
// examples as TF-IDF vectors, and a contribution's likeliest themes are the nearest centres by
// cosine. Groups are made by joining each contribution to its most similar earlier one when they
// are similar enough. Deterministic: ties go to the theme or text that came first.
public sealed class LexicalThemeEngine : IThemeEngine
{
    // How similar two contributions must be to share a proposed group.
    private const double Together = 0.25;

    public Task<IThemeIndex> IndexAsync(IReadOnlyList<ThemeExamples> themes, CancellationToken cancellationToken = default)
    {
        var documents = themes.Select(t => ThemeWords.Of(string.Join(' ', [t.Title, t.Gist ?? "", .. t.Examples]))).ToList();
        var weights = WordWeights.From(documents);
        var centres = documents.Select(weights.Vector).ToList();
        return Task.FromResult<IThemeIndex>(new Index(themes.Select(t => t.ThemeId).ToList(), centres, weights));
    }

    public Task<IReadOnlyList<ProposedTheme>> GroupAsync(IReadOnlyList<TextToGroup> texts, CancellationToken cancellationToken = default)
    {
        var said = texts.Select(t => ThemeWords.WithStems(t.Text)).ToList();
        var documents = said.Select(w => (IReadOnlyList<string>)w.Select(p => p.Stem).ToList()).ToList();
        var weights = WordWeights.From(documents);
        var commonest = ThemeWords.CommonestWords(said);
        var vectors = documents.Select(weights.Vector).ToList();
        var group = Enumerable.Range(0, texts.Count).ToArray();
        for (var i = 0; i < texts.Count; i++)
        {
            var (best, similarity) = (-1, Together);
            for (var j = 0; j < i; j++)
            {
                var s = WordWeights.Cosine(vectors[i], vectors[j]);
                if (s >= similarity && (best < 0 || s > similarity))
                {
                    (best, similarity) = (j, s);
                }
            }

            if (best >= 0)
            {
                group[i] = group[best];
            }
        }

        IReadOnlyList<ProposedTheme> proposed = Enumerable.Range(0, texts.Count)
            .GroupBy(i => group[i])
            .Where(g => g.Count() >= 2)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => new ProposedTheme(WordWeights.Title(g.Select(i => vectors[i]), commonest), g.Select(i => texts[i].Id).ToList()))
            .ToList();
        return Task.FromResult(proposed);
    }

    private sealed class Index(IReadOnlyList<Guid> themeIds, IReadOnlyList<Dictionary<string, double>> centres, WordWeights weights) : IThemeIndex
    {
        public Task<IReadOnlyList<ThemeSuggestion>> SuggestAsync(string text, int take, CancellationToken cancellationToken = default)
        {
            var vector = weights.Vector(ThemeWords.Of(text));
            IReadOnlyList<ThemeSuggestion> best = Enumerable.Range(0, themeIds.Count)
                .Select(i => (i, score: WordWeights.Cosine(vector, centres[i])))
                .Where(s => s.score > 0)
                .OrderByDescending(s => s.score).ThenBy(s => s.i)
                .Take(take)
                .Select(s => new ThemeSuggestion(themeIds[s.i], s.score))
                .ToList();
            return Task.FromResult(best);
        }
    }
}
