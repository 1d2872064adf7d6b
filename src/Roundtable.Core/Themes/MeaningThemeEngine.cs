namespace Roundtable.Core.Themes;

// The default engine: what contributions mean as well as the words they share. A theme is known
// by its title and gist and by every contribution a person put in it; a new contribution is scored
// against each theme by the meaning of the theme as a whole (the centre of its examples' word
// vectors), by its single nearest example (so one decision is enough to teach a new way of saying
// it) and by TF-IDF over the shared words (names, shorthand and words with no vector). Groups are
// made by average-linkage clustering on the same two similarities, stopping when the groups left
// are no longer alike. Without word vectors it works on the words alone. Deterministic: no
// randomness, and ties go to the theme or text that came first.
public sealed class MeaningThemeEngine(WordVectors? vectors, ThemeScoring? scoring = null, SentenceVectors? sentences = null) : IThemeEngine
{
    private readonly ThemeScoring scoring = scoring ?? ThemeScoring.For(sentences);
    private readonly ThemeMeaning meaning = new(vectors, (scoring ?? ThemeScoring.For(sentences)).Concepts);

    public bool HasVectors => meaning.HasVectors;

    public bool HasSentences => sentences is not null;

    public Task<IThemeIndex> IndexAsync(IReadOnlyList<ThemeExamples> themes, CancellationToken cancellationToken = default) =>
        Task.FromResult<IThemeIndex>(MeaningThemeIndex.Build(meaning, scoring, themes, sentences, cancellationToken));

    public Task<IReadOnlyList<ProposedTheme>> GroupAsync(IReadOnlyList<TextToGroup> texts, CancellationToken cancellationToken = default) =>
        Task.FromResult(MeaningGroups.Propose(meaning, scoring, sentences, texts, cancellationToken));
}
