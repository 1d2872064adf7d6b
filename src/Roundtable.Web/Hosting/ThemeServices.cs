using Roundtable.Core.Themes;

namespace Roundtable.Web.Hosting;

// The services behind the theme pages and API (the engine itself is registered with the others).
public static class ThemeServices
{
    public static IServiceCollection AddThemeServices(this IServiceCollection services) =>
        services.AddScoped<CommunityThemes>().AddScoped<ThemeDecisions>().AddScoped<ThemeSuggestions>().AddScoped<ContributionMeanings>()
            .AddHostedService<ContributionMeaningWorker>();
}
