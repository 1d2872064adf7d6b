using Microsoft.Extensions.Options;

namespace Roundtable.Core.Themes;

// The engine that asks the operator's embeddings service what texts mean. A theme is known by the
// vectors of its title and gist and of each contribution a person put in it; a contribution is
// scored against each theme by the centre of those vectors and by the nearest of them, as the
// default engine scores meaning. Groups are made by the default engine's average-linkage
// clustering over the cosines of the service's vectors, titled from the words people wrote.
// Deterministic as long as the service is: every text is sent once and its vector kept.
// When the service fails, every call throws EmbeddingsUnavailableException.
public sealed class EmbeddingsThemeEngine(EmbeddingsClient client, IOptions<EmbeddingsOptions> options) : IThemeEngine
{
    private static readonly ThemeScoring Scoring = ThemeScoring.Default;

    public EmbeddingsOptions Service => options.Value;

    public async Task<IThemeIndex> IndexAsync(IReadOnlyList<ThemeExamples> themes, CancellationToken cancellationToken = default)
    {
        var documents = new List<(int Theme, float Weight, string Text)>();
        for (var t = 0; t < themes.Count; t++)
        {
            documents.Add((t, Scoring.Title, $"{themes[t].Title}. {themes[t].Gist}".Trim()));
            documents.AddRange(themes[t].Examples.Select(e => (t, 1f, e)));
        }

        var vectors = await client.EmbedAsync(documents.Select(d => d.Text).ToList(), cancellationToken);
        var dimensions = vectors.OfType<float[]>().FirstOrDefault()?.Length ?? 0;
        var meant = MeaningThemeIndex.Meant.From(themes.Count, dimensions, documents.Select((d, i) => (d.Theme, d.Weight, vectors[i])).ToList());
        return new Index(client, themes.Select(t => t.ThemeId).ToArray(), meant);
    }

    public async Task<IReadOnlyList<ProposedTheme>> GroupAsync(IReadOnlyList<TextToGroup> texts, CancellationToken cancellationToken = default)
    {
        var n = texts.Count;
        var vectors = await client.EmbedAsync(texts.Select(t => t.Text).ToList(), cancellationToken);
        var similarity = new float[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                if (vectors[i] is { } a && vectors[j] is { } b)
                {
                    similarity[i * n + j] = similarity[j * n + i] = ThemeMeaning.Dot(a, b);
                }
            }
        }

        var members = MeaningGroups.Cluster(similarity, n, options.Value.Together, vectors.Select(v => v is not null).ToArray(), cancellationToken);
        var said = texts.Select(t => ThemeWords.WithStems(t.Text)).ToList();
        var weights = WordWeights.From(said.Select(w => (IReadOnlyList<string>)w.Select(p => p.Stem).ToList()).ToList());
        var words = said.Select(w => weights.Vector(w.Select(p => p.Stem).ToList())).ToList();
        return MeaningGroups.Proposed(members, ThemeWords.CommonestWords(said), words, texts);
    }

    private sealed class Index(EmbeddingsClient client, Guid[] themeIds, MeaningThemeIndex.Meant meant) : IThemeIndex
    {
        public async Task<IReadOnlyList<ThemeSuggestion>> SuggestAsync(string text, int take, CancellationToken cancellationToken = default) =>
            (await SuggestEachAsync([text], take, cancellationToken))[0];

        public async Task<IReadOnlyList<IReadOnlyList<ThemeSuggestion>>> SuggestEachAsync(IReadOnlyList<string> texts, int take, CancellationToken cancellationToken = default)
        {
            // With no theme to suggest, nothing need be sent.
            if (themeIds.Length == 0 || take <= 0)
            {
                return texts.Select(_ => (IReadOnlyList<ThemeSuggestion>)[]).ToList();
            }

            var vectors = await client.EmbedAsync(texts, cancellationToken);
            return vectors.Select(v => v is null || v.Length != meant.Dimensions ? [] : Suggest(v, take)).ToList();
        }

        private List<ThemeSuggestion> Suggest(float[] said, int take)
        {
            var scores = new float[themeIds.Length];
            MeaningThemeIndex.AddMeaning(scores, said, meant, Scoring.Centre, Scoring.Nearest);
            return MeaningThemeIndex.Best(scores, take, float.NegativeInfinity).Select(t => new ThemeSuggestion(themeIds[t], scores[t])).ToList();
        }
    }
}
