using System.Globalization;
using System.Text;

namespace Roundtable.Core.Themes;

// The words of a contribution as the engine compares them: lower case, without the little words
// every sentence has, and with common endings taken off so "meetings" and "meeting" are one word.
// Emoji, punctuation and links carry no theme and are left out; words in any script are kept.
public static class ThemeWords
{
    private static readonly HashSet<string> Little = new(StringComparer.Ordinal)
    {
        "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "because",
        "been", "before", "being", "but", "by", "can", "could", "did", "do", "does", "doing", "done", "for", "from",
        "get", "got", "had", "has", "have", "having", "he", "her", "here", "him", "his", "how", "i", "if", "im", "in",
        "into", "is", "it", "its", "just", "me", "more", "most", "my", "no", "not", "now", "of", "on", "one", "only",
        "or", "our", "out", "really", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there",
        "these", "they", "this", "those", "to", "too", "up", "us", "very", "was", "we", "were", "what", "when",
        "where", "which", "who", "why", "will", "with", "would", "you", "your", "yes", "ok", "okay", "thanks",
        "thank", "think", "lot", "lots", "bit", "thing", "things", "dont", "cant", "ive", "youre", "theyre", "its",
    };

    public static IReadOnlyList<string> Of(string? text) => WithStems(text).Select(w => w.Stem).ToList();

    // Each word kept, with its stem: the stems are compared, the words are what titles are made of.
    public static IReadOnlyList<(string Stem, string Word)> WithStems(string? text)
    {
        var words = new List<(string Stem, string Word)>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return words;
        }

        var word = new StringBuilder();
        foreach (var part in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Contains("://", StringComparison.Ordinal) || part.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var c in part.Normalize(NormalizationForm.FormKC))
            {
                if (char.IsLetterOrDigit(c))
                {
                    word.Append(char.ToLower(c, CultureInfo.InvariantCulture));
                }
                else if (c is '\'' or '’')
                {
                    // "don't" is one word, "dont".
                }
                else
                {
                    Add(words, word);
                }
            }

            Add(words, word);
        }

        return words;
    }

    // For each stem, the word people wrote most for it (ties in alphabetical order): what a title
    // made of stems is written with.
    public static IReadOnlyDictionary<string, string> CommonestWords(IEnumerable<IEnumerable<(string Stem, string Word)>> said) =>
        said.SelectMany(w => w)
            .GroupBy(p => p.Stem, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.GroupBy(p => p.Word, StringComparer.Ordinal).OrderByDescending(w => w.Count()).ThenBy(w => w.Key, StringComparer.Ordinal).First().Key,
                StringComparer.Ordinal);

    private static void Add(List<(string Stem, string Word)> words, StringBuilder word)
    {
        if (word.Length > 1)
        {
            var text = word.ToString();
            if (!Little.Contains(text))
            {
                words.Add((Stem(text), text));
            }
        }

        word.Clear();
    }

    // A light stemmer: enough to join plurals and the common verb endings, never so much that
    // two different words become one.
    public static string Stem(string word)
    {
        if (word.Length <= 4 || !word.All(char.IsAsciiLetterLower))
        {
            return word;
        }

        foreach (var (ending, replacement) in Endings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal) && word.Length - ending.Length >= 3)
            {
                return word[..^ending.Length] + replacement;
            }
        }

        return word;
    }

    private static readonly (string Ending, string Replacement)[] Endings =
    [
        ("ational", "ate"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("ization", "ize"),
        ("ation", "ate"), ("ities", "ity"), ("ings", ""), ("ing", ""), ("ness", ""), ("ment", ""), ("ies", "y"),
        ("ied", "y"), ("sses", "ss"), ("ss", "ss"), ("us", "us"), ("is", "is"), ("ed", ""), ("ly", ""), ("es", "e"),
        ("s", ""),
    ];
}
