using Microsoft.Extensions.Logging.Abstractions;
using Roundtable.Core.Themes;

namespace Roundtable.Core.Tests.Themes;

public class WordVectorsTests
{
    [Fact]
    public void BesideTheApp_AfterNpmCi_LoadsTheCommonestWords()
    {
        var vectors = TestWordVectors.Required;

        Assert.Equal(90_000, vectors.Count);
        Assert.Equal(100, vectors.Dimensions);
        Assert.Equal(0, vectors.RankOf("the"));
        Assert.True(vectors.RankOf("respite") > 0);
        Assert.Equal(-1, vectors.RankOf("zzzqqq"));
    }

    [Fact]
    public void From_AMissingFile_GivesNoVectors()
    {
        var vectors = WordVectors.From(Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.bin"), NullLogger.Instance);

        Assert.Null(vectors);
    }

    [Theory]
    [InlineData(new byte[] { 1, 2, 3 })]
    [InlineData(new byte[] { (byte)'R', (byte)'T', (byte)'W', (byte)'V', 1, 0, 0, 0, 5, 0, 0, 0, 100, 0, 0, 0, 9, 0, 0, 0, (byte)'a' })]
    [InlineData(new byte[] { (byte)'N', (byte)'O', (byte)'P', (byte)'E', 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0 })]
    public void From_ABrokenOrCutShortFile_GivesNoVectors(byte[] content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.bin");
        File.WriteAllBytes(path, content);
        try
        {
            Assert.Null(WordVectors.From(path, NullLogger.Instance));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task AnEngineWithoutVectors_StillSuggestsFromTheWords()
    {
        var engine = new MeaningThemeEngine(vectors: null);
        var waiting = Guid.Parse("00000000-0000-0000-0000-000000000001");
        var index = await engine.IndexAsync(
        [
            new(waiting, "Waiting lists", null, ["two years on the waiting list"]),
            new(Guid.Parse("00000000-0000-0000-0000-000000000002"), "Getting there", null, ["the bus is always late"]),
        ]);

        var suggestions = await index.SuggestAsync("still on the waiting list", 3);

        Assert.False(engine.HasVectors);
        Assert.Equal(waiting, suggestions[0].ThemeId);
    }
}
