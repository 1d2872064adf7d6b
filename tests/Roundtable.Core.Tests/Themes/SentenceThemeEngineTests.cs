using Microsoft.Extensions.Logging.Abstractions;
using Roundtable.Core.Themes;

namespace Roundtable.Core.Tests.Themes;

public class SentenceThemeEngineTests
{
    private static readonly Guid Leading = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Food = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly Guid Weather = Guid.Parse("00000000-0000-0000-0000-000000000003");

    // Only the sentence encoder counts: no word vectors, no shared words, no thesaurus.
    private static readonly ThemeScoring SentencesAlone = ThemeScoring.WithSentences with
    {
        Centre = 0, Nearest = 0, Words = 0, Concepts = false,
    };

    private readonly MeaningThemeEngine engine = new(TestWordVectors.Required, sentences: TestSentenceVectors.Required);

    private static IReadOnlyList<ThemeExamples> Themes() =>
    [
        new(Leading, "People in charge of their own support", "Those who use services deciding how they are run", ["we should chair the board", "nothing about us without us"]),
        new(Food, "Lunch", null, ["sandwiches and soup were lovely", "bring cake next time"]),
        new(Weather, "Outside", null, ["it rained all morning", "so cold and windy"]),
    ];

    [Theory]
    [InlineData("let the patients run it themselves", "00000000-0000-0000-0000-000000000001")]
    [InlineData("pizza with pasta and biscuits", "00000000-0000-0000-0000-000000000002")]
    [InlineData("snow and frost overnight", "00000000-0000-0000-0000-000000000003")]
    public async Task Suggest_WithTheSentenceEncoderAlone_FindsTheThemeThatMeansTheSameThing(string text, string expected)
    {
        var sentencesAlone = new MeaningThemeEngine(vectors: null, SentencesAlone, TestSentenceVectors.Required);

        var suggestions = await (await sentencesAlone.IndexAsync(Themes())).SuggestAsync(text, 3);

        Assert.Equal(Guid.Parse(expected), suggestions[0].ThemeId);
        Assert.True(suggestions[0].Score > suggestions[1].Score);
    }

    [Fact]
    public async Task Suggest_WithTheSentenceEncoder_TheSameDataTwice_GivesTheSameScoresInTheSameOrder()
    {
        using var another = SentenceVectors.Load(NullLogger.Instance)!;
        var again = new MeaningThemeEngine(TestWordVectors.Required, sentences: another);

        var first = await (await engine.IndexAsync(Themes())).SuggestAsync("cold soup and the committee", 3);
        var second = await (await again.IndexAsync(Themes())).SuggestAsync("cold soup and the committee", 3);

        Assert.Equal(first, second);
        Assert.Equal(3, first.Count);
    }

    [Fact]
    public void Encode_ATextAloneOrAmongOthers_GivesTheSameUnitVector()
    {
        using var fresh = SentenceVectors.Load(NullLogger.Instance)!;

        var alone = fresh.Encode(["the waiting list keeps growing"])[0];
        var amongOthers = TestSentenceVectors.Required.Encode(["a much longer sentence about respite for family carers", "the waiting list keeps growing"])[1];

        Assert.Equal(SentenceVectors.Dimensions, alone.Length);
        Assert.Equal(alone, amongOthers);
        Assert.Equal(1f, MathF.Sqrt(alone.Sum(v => v * v)), 3);
    }

    [Theory]
    [InlineData("👍👍")]
    [InlineData("")]
    [InlineData("?!...")]
    public async Task Suggest_NothingToGoOn_SuggestsNothing_WithTheSentenceEncoderToo(string text)
    {
        var suggestions = await (await engine.IndexAsync(Themes())).SuggestAsync(text, 3);

        Assert.Empty(suggestions);
    }

    [Fact]
    public async Task Group_WithTheSentenceEncoder_PutsContributionsAboutTheSameThingTogether()
    {
        var ids = Enumerable.Range(1, 7).Select(i => Guid.Parse($"10000000-0000-0000-0000-{i:D12}")).ToList();
        TextToGroup[] texts =
        [
            new(ids[0], "waiting list for an autism assessment is two years"),
            new(ids[1], "respite for parents was cut again"),
            new(ids[2], "my son has waited three years for his diagnosis"),
            new(ids[3], "👍👍"),
            new(ids[4], "family carers are exhausted, nobody asks how we cope"),
            new(ids[5], "the queue for an adhd assessment never moves"),
            new(ids[6], "mum looks after my brother and she's shattered"),
        ];

        var groups = await engine.GroupAsync(texts);

        Assert.Contains(groups, g => g.Members.SequenceEqual([ids[0], ids[2], ids[5]]));
        Assert.DoesNotContain(groups, g => g.Members.Contains(ids[3]));
    }
}
