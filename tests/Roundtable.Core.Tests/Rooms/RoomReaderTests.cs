using Roundtable.Core.Rooms;

namespace Roundtable.Core.Tests.Rooms;

public class RoomReaderTests
{
    [Theory]
    [InlineData(null, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void InGroup_SeesTheWholeRoomAndTheirOwnGroupOnly(int? saidIn, bool sees)
    {
        Assert.Equal(sees, RoomReader.InGroup(2).Sees(saidIn));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(1, false)]
    public void InNoGroup_SeesOnlyTheWholeRoom(int? saidIn, bool sees)
    {
        Assert.Equal(sees, RoomReader.InGroup(null).Sees(saidIn));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    [InlineData(7)]
    public void Facilitating_SeesEveryGroup(int? saidIn)
    {
        Assert.True(RoomReader.Facilitating.Sees(saidIn));
    }

    [Fact]
    public void ReactionTally_Sum_AddsEachKindAndTheTotal()
    {
        var sum = ReactionTally.Sum([
            ReactionTally.Of(new ReactionCounts(Guid.NewGuid(), 1, 2, 3, 4, 5)),
            new ReactionTally(10, 0, 1, 0, 2),
        ]);

        Assert.Equal(new ReactionTally(11, 2, 4, 4, 7), sum);
        Assert.Equal(28, sum.Total);
        Assert.Equal(0, ReactionTally.Sum([]).Total);
    }
}
