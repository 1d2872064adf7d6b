using Roundtable.Core.Themes;

namespace Roundtable.Core.Tests.Themes;

public class ThemeTimelineTests
{
    [Theory]
    [InlineData(0, 0, "No themes yet")]
    [InlineData(1, 1, "1 deepening, 1 new")]
    [InlineData(3, 2, "3 deepening, 2 new")]
    [InlineData(2, 0, "2 deepening")]
    [InlineData(0, 4, "4 new")]
    public void Summary_CountsDeepeningAndNew(int deepening, int heardFirst, string expected)
    {
        Assert.Equal(expected, ThemeTimeline.Summary(deepening, heardFirst));
    }

    [Fact]
    public void Of_HeardFirstLate_IsQuietBeforeItWasHeard()
    {
        var start = DateTimeOffset.UnixEpoch;
        var sessions = Enumerable.Range(0, 3).Select(i => new SessionInOrder(Guid.CreateVersion7(), start.AddDays(28 * i))).ToList();

        var timeline = ThemeTimeline.Of(sessions, new Dictionary<Guid, int> { [sessions[1].SessionId] = 2 }, settledAt: null);

        Assert.Equal([ThemeStatus.Quiet, ThemeStatus.New, ThemeStatus.Quiet], timeline.Select(t => t.Status));
        Assert.Equal([0, 2, 0], timeline.Select(t => t.Contributions));
    }
}
