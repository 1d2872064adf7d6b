namespace Roundtable.Core.Themes;

// TF-IDF over a set of documents: a word in few of them says more than a word in all of them.
public sealed class WordWeights
{
    private readonly Dictionary<string, double> idf;
    private readonly double unseen;

    private WordWeights(Dictionary<string, double> idf, double unseen) => (this.idf, this.unseen) = (idf, unseen);

    public static WordWeights From(IReadOnlyList<IReadOnlyList<string>> documents)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var word in document.Distinct(StringComparer.Ordinal))
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        var n = documents.Count;
        return new WordWeights(
            counts.ToDictionary(c => c.Key, c => Math.Log((1.0 + n) / (1.0 + c.Value)) + 1.0, StringComparer.Ordinal),
            Math.Log(1.0 + n) + 1.0);
    }

    public double Of(string word) => idf.GetValueOrDefault(word, unseen);

    // Unit length, so that cosine is a dot product.
    public Dictionary<string, double> Vector(IReadOnlyList<string> words)
    {
        var vector = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            vector[word] = vector.GetValueOrDefault(word) + Of(word);
        }

        var length = Math.Sqrt(vector.Values.Sum(v => v * v));
        if (length > 0)
        {
            foreach (var word in vector.Keys.ToList())
            {
                vector[word] /= length;
            }
        }

        return vector;
    }

    public static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var sum = 0.0;
        foreach (var (word, value) in small)
        {
            if (large.TryGetValue(word, out var other))
            {
                sum += value * other;
            }
        }

        return sum;
    }

    // A title from a group's most distinctive words: the heaviest in its centre, at most three,
    // ties in alphabetical order so the same group always gets the same title; each stem written
    // as the word people used most for it.
    public static string Title(IEnumerable<Dictionary<string, double>> members, IReadOnlyDictionary<string, string> words)
    {
        var centre = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            foreach (var (word, value) in member)
            {
                centre[word] = centre.GetValueOrDefault(word) + value;
            }
        }

        var title = string.Join(", ", centre.OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal).Take(3)
            .Select(w => words.GetValueOrDefault(w.Key, w.Key)));
        return title.Length == 0 ? "Untitled" : char.ToUpperInvariant(title[0]) + title[1..];
    }
}
