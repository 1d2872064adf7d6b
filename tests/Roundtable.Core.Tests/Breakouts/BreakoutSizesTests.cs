using Roundtable.Core.Breakouts;

namespace Roundtable.Core.Tests.Breakouts;

// The sizes a facilitator may ask for, as the breakouts page and the API both check them.
public class BreakoutSizesTests
{
    [Theory]
    [InlineData(6, 8)]
    [InlineData(2, 2)]
    [InlineData(20, 20)]
    public void CheckSizes_WithinTheLimits_FindsNothingWrong(int min, int max) =>
        Assert.Empty(BreakoutPlanner.CheckSizes(min, max));

    [Fact]
    public void CheckSizes_TooSmallAndTooLarge_SaysBoth()
    {
        var problems = BreakoutPlanner.CheckSizes(1, 21);

        Assert.Equal(
            [
                new BreakoutSizeProblem(BreakoutSize.Min, "The smallest group size must be 2 or more"),
                new BreakoutSizeProblem(BreakoutSize.Max, "The largest group size must be 20 or fewer"),
            ],
            problems);
    }

    [Fact]
    public void CheckSizes_LargestBelowSmallest_IsAProblemForTheLargest() =>
        Assert.Equal(
            [new BreakoutSizeProblem(BreakoutSize.Max, "The largest group size must be the same as the smallest or more")],
            BreakoutPlanner.CheckSizes(8, 6));

    [Fact]
    public void CheckSizes_ASizeNotGiven_IsNotJudged() =>
        Assert.Empty(BreakoutPlanner.CheckSizes(null, 4));
}
