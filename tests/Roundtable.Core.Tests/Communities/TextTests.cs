using Roundtable.Core.Communities;

namespace Roundtable.Core.Tests.Communities;

public class TextTests
{
    [Fact]
    public void Shorten_ShortText_IsUnchanged() => Assert.Equal("Coffee, cake and conversation", Text.Shorten("Coffee, cake and conversation", 40));

    [Fact]
    public void Shorten_LongText_CutsAtAWordWithAnEllipsis()
    {
        var shortened = Text.Shorten("Coffee, cake and conversation can promote preferred futures", 30);

        Assert.Equal("Coffee, cake and conversation…", shortened);
        Assert.True(shortened.Length <= 30);
    }

    [Fact]
    public void Shorten_OneLongWord_StillFits() => Assert.Equal(10, Text.Shorten(new string('a', 50), 10).Length);

    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "Asha" }, "Asha")]
    [InlineData(new[] { "Asha", "Bram" }, "Asha and Bram")]
    [InlineData(new[] { "Asha", "Bram", "Cai" }, "Asha, Bram and Cai")]
    public void JoinWithAnd_ReadsNaturally(string[] items, string expected) => Assert.Equal(expected, Text.JoinWithAnd(items));
}
