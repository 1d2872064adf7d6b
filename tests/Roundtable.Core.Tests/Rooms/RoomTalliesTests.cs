using Roundtable.Core.Data.Entities;
using Roundtable.Core.Rooms;

namespace Roundtable.Core.Tests.Rooms;

public class RoomTalliesTests
{
    [Fact]
    public void ScaleSummary_CountsEachNumberWithTheMedianAndGoodEnough()
    {
        var summary = ScaleSummary.Of([3, 5, 5, 7, 10], [6, 7, 8]);

        Assert.Equal([0, 0, 1, 0, 2, 0, 1, 0, 0, 1], summary.Counts);
        Assert.Equal(5, summary.Answers);
        Assert.Equal(5m, summary.Median);
        Assert.Equal(7m, summary.GoodEnough);
        Assert.Equal(3, summary.GoodEnoughAnswers);
    }

    [Fact]
    public void ScaleSummary_AnEvenNumberOfAnswers_HasTheMedianHalfwayBetween()
    {
        Assert.Equal(5.5m, ScaleSummary.Of([4, 5, 6, 8], []).Median);
    }

    [Fact]
    public void ScaleSummary_NobodyAnswered_HasNoMedian()
    {
        var summary = ScaleSummary.Of([], []);

        Assert.Equal(10, summary.Counts.Count);
        Assert.Null(summary.Median);
        Assert.Null(summary.GoodEnough);
    }

    [Fact]
    public void ClosingWords_SameWordWrittenDifferently_IsCountedOnce()
    {
        var words = ClosingWords.Count(["Hopeful", " hopeful.", "HOPEFUL!", "motivated", "called  to action", "Motivated", "", null, "..."]);

        Assert.Equal(
            [new WordCount("hopeful", 3), new WordCount("motivated", 2), new WordCount("called to action", 1)],
            words);
    }

    [Fact]
    public void ReactionTally_AddsUpEveryKind()
    {
        var tally = ReactionTally.Of([ReactionKind.Agree, ReactionKind.Agree, ReactionKind.Heart]);

        Assert.Equal(2, tally.Agree);
        Assert.Equal(1, tally.Heart);
        Assert.Equal(3, tally.Total);
    }
}
