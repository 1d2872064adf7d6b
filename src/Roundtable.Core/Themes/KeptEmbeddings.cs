using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Roundtable.Core.Themes;

// The embeddings service's vector for every text it was sent, kept for the life of the process under
// a hash of the model and the text, so one text is sent once however often its themes are suggested.
public sealed class KeptEmbeddings
{
    // At most this many numbers are kept (64 MB); past that, all are forgotten and asked for again.
    public const long MostNumbers = 16_000_000;

    private readonly ConcurrentDictionary<string, float[]> kept = new(StringComparer.Ordinal);
    private long numbers;

    public static string Key(string model, string text) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{model}\n{text}")));

    public float[]? Find(string key) => kept.GetValueOrDefault(key);

    public void Keep(string key, float[] vector)
    {
        if (Interlocked.Add(ref numbers, vector.Length) > MostNumbers)
        {
            kept.Clear();
            Interlocked.Exchange(ref numbers, vector.Length);
        }

        kept[key] = vector;
    }
}
