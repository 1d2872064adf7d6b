using Roundtable.Core.Charter;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Tests.Charter;

public class CharterComparisonTests
{
    private static CharterVersion Version(int number, IEnumerable<(string Key, string Title, string Body)> sections, IEnumerable<(string Name, string Description)>? principles = null)
    {
        var version = new CharterVersion { Number = number, Note = $"Version {number}" };
        var position = 0;
        foreach (var (key, title, body) in sections)
        {
            version.Sections.Add(new CharterSection { Position = position++, Key = key, Title = title, Body = body });
        }

        position = 0;
        foreach (var (name, description) in principles ?? CharterTemplate.Principles.Select(p => (p.Name, p.Description)))
        {
            version.Principles.Add(new DiscussionPrinciple { Position = position++, Name = name, Description = description });
        }

        return version;
    }

    private static readonly (string, string, string)[] Two = [("what-we-are", "What we are", "A community."), ("our-values", "Our values", "Kindness.\nCourage.")];

    [Fact]
    public void Between_SameContent_FindsNothingChanged()
    {
        var comparison = CharterComparison.Between(Version(1, Two), Version(2, Two));

        Assert.False(comparison.AnythingChanged);
        Assert.All(comparison.Sections, section => Assert.False(section.Changed));
        Assert.False(comparison.PrinciplesChanged);
    }

    [Fact]
    public void Between_OneSectionChanged_DiffsThatSectionAlone()
    {
        var comparison = CharterComparison.Between(
            Version(1, Two),
            Version(2, [("what-we-are", "What we are", "A community."), ("our-values", "Our values", "Kindness.\nPatience.")]));

        Assert.Equal([false, true], comparison.Sections.Select(s => s.Changed));
        Assert.Equal(
            [new DiffLine(DiffKind.Same, "Kindness."), new DiffLine(DiffKind.Removed, "Courage."), new DiffLine(DiffKind.Added, "Patience.")],
            comparison.Sections[1].Lines);
    }

    [Fact]
    public void Between_RenamedSection_KeepsItsFormerTitle()
    {
        var comparison = CharterComparison.Between(Version(1, Two), Version(2, [Two[0], ("our-values", "What we value", "Kindness.\nCourage.")]));

        var renamed = comparison.Sections[1];
        Assert.True(renamed.Changed);
        Assert.Equal(("What we value", "Our values"), (renamed.Title, renamed.FormerTitle));
    }

    [Fact]
    public void Between_SectionTakenOut_IsShownAsRemoved()
    {
        var comparison = CharterComparison.Between(Version(1, Two), Version(2, [Two[0]]));

        var gone = comparison.Sections.Single(s => s.Key == "our-values");
        Assert.All(gone.Lines, line => Assert.Equal(DiffKind.Removed, line.Kind));
    }

    [Fact]
    public void Between_PrinciplesReordered_AreAChange()
    {
        var reordered = CharterTemplate.Principles.Reverse().Select(p => (p.Name, p.Description));

        var comparison = CharterComparison.Between(Version(1, Two), Version(2, Two, reordered));

        Assert.True(comparison.PrinciplesChanged);
        Assert.DoesNotContain(comparison.Sections, s => s.Changed);
    }

    [Fact]
    public void PrincipleLines_AreNameThenMeaningInOrder() =>
        Assert.Equal("Acknowledge: Receive what people say", CharterComparison.PrincipleLines(CharterTemplate.Principles)[0]);
}
