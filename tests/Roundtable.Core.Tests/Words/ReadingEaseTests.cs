using Roundtable.Core.Words;

namespace Roundtable.Core.Tests.Words;

public class ReadingEaseTests
{
    [Theory]
    [InlineData("the", 1)]
    [InlineData("cat", 1)]
    [InlineData("share", 1)]
    [InlineData("asked", 1)]
    [InlineData("table", 2)]
    [InlineData("session", 2)]
    [InlineData("creature", 2)]
    [InlineData("because", 2)]
    [InlineData("co-lead", 2)]
    [InlineData("platypus", 3)]
    [InlineData("community", 4)]
    [InlineData("facilitator", 5)]
    [InlineData("10", 1)]
    public void Syllables_CommonWords_AreCountedAsSpoken(string word, int syllables) => Assert.Equal(syllables, ReadingEase.Syllables(word));

    [Fact]
    public void Measure_OneSyllableWords_ScoreByTheFormula()
    {
        // 6 words of one syllable each, in one sentence: 206.835 - 1.015 × 6 - 84.6 × 1.
        var score = ReadingEase.Measure("The cat sat on the mat.");

        Assert.Equal(116.1, score.Value);
        Assert.Equal((6, 1, 6), (score.Words, score.Sentences, score.Syllables));
    }

    [Fact]
    public void Measure_KnownSentence_MatchesAHandCount()
    {
        // 13 words, 26 syllables by hand (The Aus-tra-li-an plat-y-pus is seem-ing-ly a hy-brid
        // of a mam-mal and rep-til-i-an crea-ture): 206.835 - 1.015 × 13 - 84.6 × 2 = 24.4. The
        // rule of thumb hears "ia" as one sound, as most scorers do, and gives about 37.
        var score = ReadingEase.Measure("The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.");

        Assert.Equal(13, score.Words);
        Assert.InRange(score.Syllables, 23, 27);
        Assert.InRange(score.Value, 20, 40);
    }

    [Fact]
    public void Measure_PlainWords_ScoreHigherThanDenseOnes()
    {
        var plain = ReadingEase.Measure("You can come to any session. You do not have to come to them all.");
        var dense = ReadingEase.Measure("Participation in subsequent sessions is facilitated irrespective of previous attendance.");

        Assert.True(plain.Value >= 80, plain.ToString());
        Assert.True(dense.Value < 30, dense.ToString());
    }

    [Fact]
    public void Measure_Blocks_EachEndASentence()
    {
        var score = ReadingEase.Measure(["Your place", "Sign up now. It is free"]);

        Assert.Equal(3, score.Sentences);
        Assert.Equal("Sign up now.", score.LongestSentence);
        Assert.Equal(3, score.LongestSentenceWords);
    }

    [Fact]
    public void Measure_NoWords_ScoresNothing() => Assert.Equal(0, ReadingEase.Measure(["", " – "]).Words);
}
