using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Roundtable.Core.Themes;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Hosting;

public class ThemeEngineTests
{
    [Fact]
    public async Task TheApp_SuggestsThemesWithTheWordVectorsTheBuildMade_AndTheSentenceEncoder()
    {
        await using var app = await new RoundtableApp().StartAsync();

        var engine = app.Services.GetRequiredService<IThemeEngine>();

        var meaning = Assert.IsType<MeaningThemeEngine>(engine);
        Assert.True(meaning.HasVectors);
        Assert.True(meaning.HasSentences);
        Assert.Same(engine, app.Services.GetRequiredService<IThemeEngine>());
    }

    [Fact]
    public async Task TheApp_DoesWithoutTheSentenceEncoder_WhenItIsSwitchedOff()
    {
        await using var app = await new RoundtableApp { Settings = { ["Themes:SentenceEncoder"] = "false" } }.StartAsync();

        var meaning = Assert.IsType<MeaningThemeEngine>(app.Services.GetRequiredService<IThemeEngine>());

        Assert.True(meaning.HasVectors);
        Assert.False(meaning.HasSentences);
    }

    // The test apps leave the background encoder out unless asked (RoundtableApp); the app itself
    // runs it unless Themes:EncodeInBackground is false (empty, as null becomes here, is not set).
    [Theory]
    [InlineData(null, true)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public async Task TheApp_EncodesInTheBackground_UnlessSwitchedOff(string? setting, bool runs)
    {
        await using var app = await new RoundtableApp { Settings = { ["Themes:EncodeInBackground"] = setting } }.StartAsync();

        var workers = app.Services.GetServices<IHostedService>().OfType<Roundtable.Web.Hosting.ContributionMeaningWorker>();

        Assert.Equal(runs, workers.Any());
    }
}
