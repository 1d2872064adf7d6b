namespace Roundtable.Core.Themes;

// How the meaning engine weighs what it measures. The defaults were tuned on the labelled tuning
// set in bench/Roundtable.Bench/ThemeEvaluation (never on the held-out set).
public sealed record ThemeScoring
{
    public static readonly ThemeScoring Default = new();

    // With the sentence encoder, the word vectors count half as much, and groups join only when
    // more alike (chosen on the tuning set, concepts on and off).
    public static readonly ThemeScoring WithSentences = new() { Centre = 0.25f, Nearest = 0.25f, Together = 0.35f };

    public static ThemeScoring For(SentenceVectors? sentences) => sentences is null ? Default : WithSentences;

    // Suggesting: the meaning of the theme's centre, its nearest example, and shared words.
    public float Centre { get; init; } = 0.5f;

    public float Nearest { get; init; } = 0.5f;

    public float Words { get; init; } = 0.5f;

    // With the sentence encoder (SentenceVectors): the meaning of the theme's centre and of its
    // nearest example, and, when grouping, the meaning of two contributions.
    public float SentenceCentre { get; init; } = 1.0f;

    public float SentenceNearest { get; init; } = 0.5f;

    public float GroupSentences { get; init; } = 1.0f;

    // A theme's title and gist count as this many examples.
    public float Title { get; init; } = 1.0f;

    // Whether the thesaurus of the domain (ThemeConcepts) is used.
    public bool Concepts { get; init; } = true;

    // How much more a concept counts than a word, when suggesting and when grouping.
    public float SuggestConcepts { get; init; } = 6.0f;

    public float GroupConcepts { get; init; } = 3.0f;

    // Grouping: meaning and shared words, and how alike two groups must be, on average, to join.
    public float GroupMeaning { get; init; } = 0.03f;

    public float GroupWords { get; init; } = 1.0f;

    public float Together { get; init; } = 0.2f;
}
