namespace Roundtable.Core.Themes;

// The sentence encoder the app uses, loaded the first time something needs it; null when it is
// switched off (Themes:SentenceEncoder) or cannot run here, and then every part does without it.
public sealed class SentenceEncoding(Func<SentenceVectors?>? load)
{
    private readonly Lazy<SentenceVectors?> loaded = new(load ?? (() => null));

    public static SentenceEncoding Off { get; } = new(null);

    // Whether it is switched on, without loading it.
    public bool IsOn => load is not null;

    public SentenceVectors? Vectors => loaded.Value;
}
