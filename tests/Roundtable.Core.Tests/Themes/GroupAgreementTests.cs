using Roundtable.Core.Themes;

namespace Roundtable.Core.Tests.Themes;

public class GroupAgreementTests
{
    [Fact]
    public void AdjustedRandIndex_TheSamePartitionUnderOtherNames_IsOne()
    {
        Assert.Equal(1.0, GroupAgreement.AdjustedRandIndex([1, 1, 2, 2, 3], ["a", "a", "b", "b", "c"]), 10);
    }

    [Fact]
    public void AdjustedRandIndex_AKnownExample_MatchesTheFormula()
    {
        // Hubert and Arabie's index for [0,0,1,1] against [0,0,1,2]: (1 - 1/3) / (3/2 - 1/3) = 4/7.
        Assert.Equal(4.0 / 7.0, GroupAgreement.AdjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 2]), 10);
    }

    [Fact]
    public void AdjustedRandIndex_EveryoneAloneAgainstOneTheme_IsZero()
    {
        Assert.Equal(0.0, GroupAgreement.AdjustedRandIndex([1, 2, 3, 4], [0, 0, 0, 0]), 10);
    }

    [Fact]
    public void AdjustedRandIndex_GroupsThatCutAcrossTheThemes_IsBelowZero()
    {
        Assert.True(GroupAgreement.AdjustedRandIndex([0, 1, 0, 1], [0, 0, 1, 1]) < 0);
    }
}
