using System.Globalization;
using System.Text.RegularExpressions;

namespace Roundtable.Core.Reports.Sharing;

public enum FindingKind
{
    Name = 0,
    EmailAddress = 1,
}

// Where in a report's words something was found. Key names the field on the edit page and the
// anchor on the report page ("title-line", "figure-2", "line-1-3"); Description says it in words.
public sealed record ReportPlace(string Key, string Description);

// Someone whose name may appear in a report: a member of the community (past or present) or a
// person on one of its registers. MayBeNamed: they consented to be quoted by name and chose to be
// named (QuoteAttribution); a person on a register who is not a member has told us nothing.
public sealed record KnownName(string Name, bool IsMember, bool MayBeNamed);

// Found: the words as they appear in the report. Person: whose name it looks like. MayConfirm: the
// author may say "this is not about that person" for the version; never for an email address, nor
// for a member who has not consented to be named. Confirmed: they did.
public sealed record ShareFinding(FindingKind Kind, string Found, ReportPlace Where, string? Person, bool MayConfirm, bool Confirmed)
{
    public bool Blocks => !(MayConfirm && Confirmed);

    public string Message => Kind == FindingKind.EmailAddress
        ? $"{Where.Description} has an email address, “{Found}”: remove it"
        : MayConfirm
            ? $"{Where.Description} says “{Found}”, the name of {Person}: remove it, or confirm it is not about them"
            : $"{Where.Description} names {Person} (“{Found}”), who has not consented to be named in shared reports: remove it";
}

// The "safe to share" check run before a report is published: every member or register name and
// every email address in the report's words. A name counts as whole words, in any case: a
// person's full name, or any part of it of 3 letters or more that is not also an everyday word
// ("May", "Will", "Rose", "Black") — too common to tell a name from a word, so those parts are
// only found as part of the full name.
public static partial class ShareCheck
{
    public const int ShortestPart = 3;

    private static readonly HashSet<string> EverydayWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "may", "june", "april", "august", "rose", "lily", "ivy", "holly", "hazel", "iris", "daisy", "violet", "grace",
        "hope", "faith", "joy", "patience", "mercy", "charity", "dawn", "summer", "autumn", "winter", "sky", "amber", "ruby",
        "pearl", "crystal", "honey", "sunny", "storm", "river", "rain", "mark", "bill", "art", "guy", "jack", "frank", "rich",
        "chase", "hunter", "drew", "sue", "pat", "ray", "rob", "don", "dean", "earl", "miles", "carol", "robin", "wren",
        "penny", "sandy", "brown", "black", "white", "green", "grey", "gray", "young", "king", "long", "hill", "wood", "ward",
        "bell", "page", "cook", "baker", "price", "rice", "law", "best", "case", "hall", "lane", "park", "moss", "fox",
        "field", "ford", "marsh", "north", "south", "west", "east", "day", "love", "care", "may", "new", "all", "the", "and",
        "you", "our", "she", "her", "his", "son", "kin", "man", "lord", "bishop", "dear", "sweet", "little", "small", "major",
    };

    public static IReadOnlyList<ShareFinding> Find(ReportDocument document, IEnumerable<KnownName> names, IEnumerable<string> notAbout)
    {
        var confirmed = new HashSet<string>(notAbout.Select(Normalise), StringComparer.Ordinal);
        var people = names
            .Where(n => !string.IsNullOrWhiteSpace(n.Name))
            .GroupBy(n => n.Name.Trim(), StringComparer.OrdinalIgnoreCase)
            // Two people of the same name: the stricter consent decides.
            .Select(g => g.OrderBy(n => n.MayBeNamed).First() with { Name = g.Key })
            .Select(n => (Person: n, Terms: TermsOf(n.Name)))
            .Where(p => p.Terms.Count > 0)
            .ToList();

        var findings = new List<ShareFinding>();
        foreach (var (place, text) in Texts(document))
        {
            // An address is one finding, not also the name inside it.
            var words = EmailAddress().Replace(text, m => new string(' ', m.Length));
            foreach (var (person, terms) in people)
            {
                if (terms.Select(t => t.Match(words)).FirstOrDefault(m => m.Success) is { } match)
                {
                    var mayConfirm = !person.IsMember || person.MayBeNamed;
                    findings.Add(new(FindingKind.Name, match.Value, place, person.Name, mayConfirm, mayConfirm && confirmed.Contains(Normalise(match.Value))));
                }
            }

            foreach (Match email in EmailAddress().Matches(text))
            {
                findings.Add(new(FindingKind.EmailAddress, email.Value, place, null, false, false));
            }
        }

        return findings;
    }

    public static string Normalise(string found) => found.Trim().ToLowerInvariant();

    // Every piece of free text a reader sees, where it is.
    public static IEnumerable<(ReportPlace Place, string Text)> Texts(ReportDocument document)
    {
        yield return (new("title", "The title"), document.Title);
        yield return (new("title-line", "The title line"), document.TitleLine);
        for (var i = 0; i < document.Figures.Count; i++)
        {
            var figure = document.Figures[i];
            yield return (new($"figure-{i}", $"Headline figure {i + 1}"), figure.Value + " " + figure.Label);
        }

        for (var s = 0; s < document.Sections.Count; s++)
        {
            var section = document.Sections[s];
            for (var l = 0; l < section.Lines.Count; l++)
            {
                var line = section.Lines[l];
                yield return (new($"line-{s}-{l}", $"{section.Heading}, line {l + 1}"), (line.Lead + " " + line.Text).Trim());
            }
        }
    }

    // The whole name first, then its parts that are surely names.
    private static List<Regex> TermsOf(string name)
    {
        var parts = name.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var terms = new List<string>();
        if (parts.Length > 1 || (parts.Length == 1 && IsSurelyAName(parts[0])))
        {
            terms.Add(string.Join(' ', parts));
        }

        terms.AddRange(parts.Length > 1 ? parts.Where(IsSurelyAName) : []);
        return terms.Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(t => new Regex(@"(?<![\p{L}\p{N}])" + Regex.Escape(t).Replace(@"\ ", @"\s+", StringComparison.Ordinal) + @"(?![\p{L}\p{N}])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
            .ToList();
    }

    private static bool IsSurelyAName(string part) =>
        part.Count(char.IsLetter) >= ShortestPart && !EverydayWords.Contains(part.Trim('.', ',', '\'').ToLower(CultureInfo.InvariantCulture));

    [GeneratedRegex(@"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailAddress();
}
