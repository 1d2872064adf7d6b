using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Charter;

// Two versions of a charter side by side: each section's lines, and the discussion principles
// one to a line, so a reader sees what changed and can pass over what did not.
public sealed record CharterComparison(
    CharterVersion From,
    CharterVersion To,
    IReadOnlyList<CharterComparison.SectionChange> Sections,
    IReadOnlyList<DiffLine> Principles)
{
    public sealed record SectionChange(string Key, string Title, string? FormerTitle, IReadOnlyList<DiffLine> Lines)
    {
        public bool Changed => FormerTitle is not null || TextDiff.HasChanges(Lines);
    }

    public bool PrinciplesChanged => TextDiff.HasChanges(Principles);

    public bool AnythingChanged => PrinciplesChanged || Sections.Any(s => s.Changed);

    public static CharterComparison Between(CharterVersion from, CharterVersion to)
    {
        var before = from.Sections.ToDictionary(s => s.Key, StringComparer.Ordinal);
        var sections = new List<SectionChange>();
        foreach (var section in to.Sections.OrderBy(s => s.Position))
        {
            before.TryGetValue(section.Key, out var earlier);
            sections.Add(new SectionChange(
                section.Key,
                section.Title,
                earlier is not null && earlier.Title != section.Title ? earlier.Title : null,
                TextDiff.Lines(earlier?.Body ?? "", section.Body)));
        }

        // A section only the earlier version has was taken out.
        foreach (var gone in from.Sections.OrderBy(s => s.Position).Where(s => to.Sections.All(t => t.Key != s.Key)))
        {
            sections.Add(new SectionChange(gone.Key, gone.Title, null, TextDiff.Lines(gone.Body, "")));
        }

        return new CharterComparison(from, to, sections, TextDiff.Lines(PrincipleLines(from.Principles), PrincipleLines(to.Principles)));
    }

    // "Acknowledge: Receive what people say", one principle to a line, in order.
    public static IReadOnlyList<string> PrincipleLines(IEnumerable<DiscussionPrinciple> principles) =>
        principles.OrderBy(p => p.Position).Select(p => $"{p.Name}: {p.Description}").ToList();

    public static IReadOnlyList<string> PrincipleLines(IEnumerable<CharterTemplate.Principle> principles) =>
        principles.Select(p => $"{p.Name}: {p.Description}").ToList();
}
