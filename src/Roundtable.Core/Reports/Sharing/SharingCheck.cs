using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.People;
using Roundtable.Core.Themes;

namespace Roundtable.Core.Reports.Sharing;

public enum ConcernKind
{
    // A member's name, where their consent does not allow it.
    MemberName = 0,
    EmailAddress = 1,
}

// Something in a report's words to remove before it is shared: what was found and where.
public sealed record SharingConcern(ConcernKind Kind, string Found, string Where);

// Before a report is published: any member named in its free text whom their consent does not let
// us name (by their full name, or their first name when that is not how they chose to be named),
// and any email address. Consent is read now, not when the report was drafted, so someone who
// withdrew it since is caught. Names are matched as whole words, case and all: a first name that is
// also a word ("Hope") may be listed, for the author to judge.
public sealed partial class SharingCheck(RoundtableDb db)
{
    public async Task<IReadOnlyList<SharingConcern>> CheckAsync(Guid communityId, ReportDocument document, CancellationToken cancellationToken = default)
    {
        var members = await db.Memberships.AsNoTracking().Include(m => m.Person)
            .Where(m => m.CommunityId == communityId && m.Person.DisplayName != null)
            .ToListAsync(cancellationToken);
        var notAllowed = members.SelectMany(NamesNotAllowed)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(n => n.Length)
            .ToList();

        var concerns = new List<SharingConcern>();
        foreach (var (words, where) in Texts(document))
        {
            var rest = words;
            foreach (var name in notAllowed)
            {
                var pattern = new Regex($@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(name)}(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                if (pattern.IsMatch(rest))
                {
                    concerns.Add(new SharingConcern(ConcernKind.MemberName, name, where));
                    rest = pattern.Replace(rest, " ");
                }
            }

            concerns.AddRange(Email().Matches(words).Select(m => m.Value).Distinct(StringComparer.OrdinalIgnoreCase)
                .Select(email => new SharingConcern(ConcernKind.EmailAddress, email, where)));
        }

        return concerns;
    }

    // Everything but the name they chose, when they consented to be quoted by name: their full
    // name when they chose their first, both otherwise.
    private static IEnumerable<string> NamesNotAllowed(Membership member)
    {
        var full = member.Person.DisplayName!.Trim();
        var first = full.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        var byName = QuoteAttribution.For(member.QuoteConsent, member.Naming, full, member.JobRole, member.Organisation).By == AttributedBy.Name;
        var allowed = byName ? MemberNames.AsTheyChose(member.Naming, full, member.JobRole, member.Organisation) : null;
        return new[] { full, first }.Where(n => n.Length >= 2 && n != allowed && !(allowed is not null && n == first && allowed.StartsWith(first + " ", StringComparison.Ordinal)));
    }

    private static IEnumerable<(string Words, string Where)> Texts(ReportDocument document)
    {
        yield return (document.Title, "Title");
        yield return (document.TitleLine, "Title line");
        foreach (var (figure, i) in document.Figures.Select((f, i) => (f, i + 1)))
        {
            yield return ($"{figure.Value} {figure.Label} {figure.Source}", $"Figure {i}");
        }

        foreach (var section in document.Sections)
        {
            yield return (section.Heading, section.Heading);
            foreach (var (line, i) in section.Lines.Select((l, i) => (l, i + 1)))
            {
                yield return ($"{line.Lead} {line.Text}", $"{section.Heading}, line {i}");
            }
        }
    }

    [GeneratedRegex(@"[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Email();
}
