namespace Roundtable.Core.Themes;

// How the meaning engine weighs what it measures. The defaults were tuned on the labelled tuning
// set in bench/Roundtable.Bench/ThemeEvaluation (never on the held-out set).
public sealed record ThemeScoring
{
    public static readonly ThemeScoring Default = new();

    // Suggesting: the meaning of the theme's centre, its nearest example, and shared words.
    public float Centre { get; init; } = 0.5f;

    public float Nearest { get; init; } = 0.5f;

    public float Words { get; init; } = 0.5f;

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
