using Roundtable.Core.Words;

namespace Roundtable.Core.Tests.Words;

public class GlossaryTests
{
    public static TheoryData<string> Unexplained() =>
        ["co-lead", "facilitator", "lived-expert-group", "running-order", "breakout", "preparation-meeting", "median", "held-from-session"];

    [Theory]
    [MemberData(nameof(Unexplained))]
    public void Find_WordsMembersMeetUnexplained_AreInTheGlossary(string id) => Assert.Equal(id, Glossary.Find(id).Id);

    [Fact]
    public void Terms_IdsAreUniqueAnchors() =>
        Assert.All(Glossary.Terms.GroupBy(t => t.Id), group =>
        {
            Assert.Single(group);
            Assert.Matches("^[a-z0-9-]+$", group.Key);
        });

    [Fact]
    public void Terms_MeaningsAreEasyRead() =>
        Assert.All(Glossary.Terms, term =>
        {
            var score = ReadingEase.Measure(term.Meaning);
            Assert.True(score.Value >= 70 && score.LongestSentenceWords <= 20, $"{term.Word}: {score}");
        });

    [Fact]
    public void Find_UnknownWord_IsAMistakeInThePage() => Assert.Throws<ArgumentException>(() => Glossary.Find("synergy"));
}
