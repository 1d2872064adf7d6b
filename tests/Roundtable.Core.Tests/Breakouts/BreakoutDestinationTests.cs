using Roundtable.Core.Breakouts;

namespace Roundtable.Core.Tests.Breakouts;

public class BreakoutDestinationTests
{
    [Theory]
    [InlineData("3", 3, false)]
    [InlineData(" 12 ", 12, false)]
    [InlineData("new", null, true)]
    [InlineData("out", null, false)]
    public void ReadDestination_AGroupNewOrOut_IsWhereTheMoveGoes(string to, int? group, bool newGroup)
    {
        Assert.Equal(new BreakoutGroups.Destination(group, newGroup), BreakoutGroups.ReadDestination(to));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-1")]
    [InlineData("2.5")]
    [InlineData("New")]
    [InlineData("sideways")]
    public void ReadDestination_AnythingElse_IsNothing(string? to)
    {
        Assert.Null(BreakoutGroups.ReadDestination(to));
    }
}
