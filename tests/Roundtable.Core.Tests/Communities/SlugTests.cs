using Roundtable.Core.Communities;

namespace Roundtable.Core.Tests.Communities;

public class SlugTests
{
    [Theory]
    [InlineData("Saltmarsh Coast Wards", "saltmarsh-coast-wards")]
    [InlineData("  Kilnbridge — City CoP! ", "kilnbridge-city-cop")]
    [InlineData("Café & Conversation", "cafe-conversation")]
    [InlineData("LD/Autism 2026", "ld-autism-2026")]
    public void From_Name_MakesAReadableAddress(string name, string expected) => Assert.Equal(expected, Slug.From(name));

    [Fact]
    public void From_VeryLongName_FitsTheLimit() => Assert.True(Slug.From(string.Join(' ', Enumerable.Repeat("community", 20))).Length <= 60);

    [Theory]
    [InlineData("brackenmouth-ld")]
    [InlineData("abc")]
    [InlineData("peer-support-2026")]
    public void Problem_GoodAddress_IsNone(string slug) => Assert.Null(Slug.Problem(slug));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Capitals")]
    [InlineData("-leading")]
    [InlineData("trailing-")]
    [InlineData("under_score")]
    [InlineData("admin")]
    public void Problem_BadAddress_SaysSo(string? slug) => Assert.NotNull(Slug.Problem(slug));
}
