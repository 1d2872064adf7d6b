using Microsoft.Extensions.DependencyInjection;
using Roundtable.Core.Themes;
using Roundtable.Web.Tests.Infrastructure;

namespace Roundtable.Web.Tests.Hosting;

public class ThemeEngineTests
{
    [Fact]
    public async Task TheApp_SuggestsThemesWithTheWordVectorsTheBuildMade()
    {
        await using var app = await new RoundtableApp().StartAsync();

        var engine = app.Services.GetRequiredService<IThemeEngine>();

        var meaning = Assert.IsType<MeaningThemeEngine>(engine);
        Assert.True(meaning.HasVectors);
        Assert.Same(engine, app.Services.GetRequiredService<IThemeEngine>());
    }
}
