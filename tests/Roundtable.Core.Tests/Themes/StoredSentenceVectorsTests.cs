using Roundtable.Core.Themes;

namespace Roundtable.Core.Tests.Themes;

// The sentence encoder's vectors are stored in half precision (ContributionMeaning); what is read
// back must be exactly what encoding again gives, so suggestions never depend on which it was.
public class StoredSentenceVectorsTests
{
    private static readonly Guid Leading = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Food = Guid.Parse("00000000-0000-0000-0000-000000000002");

    private static IReadOnlyList<ThemeExamples> Themes() =>
    [
        new(Leading, "People in charge of their own support", null, ["we should chair the board", "nothing about us without us"]),
        new(Food, "Lunch", null, ["sandwiches and soup were lovely", "bring cake next time"]),
    ];

    [Fact]
    public void Quantise_ThenDequantise_KeepsEachDimensionToHalfPrecision_AndRoundsNoFurtherTheSecondTime()
    {
        var random = new Random(7);
        var vector = Enumerable.Range(0, SentenceVectors.Dimensions).Select(_ => (float)(random.NextDouble() * 2 - 1) / 8).ToArray();

        var bytes = SentenceVectors.Quantise(vector);
        var back = SentenceVectors.Dequantise(bytes);

        Assert.Equal(SentenceVectors.Dimensions * 2, bytes.Length);
        Assert.All(vector.Zip(back), p => Assert.Equal(p.First, p.Second, 0.0005f));
        Assert.NotEqual(vector, back);
        Assert.Equal(bytes, SentenceVectors.Quantise(back));
        Assert.Equal(back, SentenceVectors.Dequantise(SentenceVectors.Quantise(back)));
    }

    [Fact]
    public void Encode_GivesExactlyWhatItsStoredFormReadsBackAs()
    {
        var encoded = TestSentenceVectors.Required.Encode(["the hospital discharge letter never arrived"])[0];

        Assert.Equal(encoded, SentenceVectors.Dequantise(SentenceVectors.Quantise(encoded)));
    }

    [Fact]
    public async Task Suggest_FromStoredVectors_IsTheSameAsFromVectorsEncodedNow()
    {
        var sentences = TestSentenceVectors.Required;
        var engine = new MeaningThemeEngine(TestWordVectors.Required, sentences: sentences);
        var texts = Themes().SelectMany(t => t.Examples.Prepend(t.Title)).ToList();
        var stored = sentences.Encode(texts).Select(v => SentenceVectors.Quantise(v)).ToList();
        sentences.Forget();
        var encodedNow = await (await engine.IndexAsync(Themes())).SuggestAsync("let us run it ourselves", 2);

        sentences.Forget();
        for (var i = 0; i < texts.Count; i++)
        {
            sentences.Remember(texts[i], SentenceVectors.Dequantise(stored[i]));
        }

        var fromStored = await (await engine.IndexAsync(Themes())).SuggestAsync("let us run it ourselves", 2);

        Assert.Equal(encodedNow, fromStored);
        Assert.Equal(2, fromStored.Count);
        Assert.Equal(Leading, fromStored[0].ThemeId);
    }
}
