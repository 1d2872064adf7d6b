using Microsoft.Extensions.Options;
using Roundtable.Core.Data;
using Roundtable.Core.Themes;

namespace Roundtable.Web.Hosting;

// The services behind the theme pages and API (Roundtable's own engine is registered with the
// others), and the operator's embeddings service when Themes:Embeddings:Endpoint is set.
public static class ThemeServices
{
    public static IServiceCollection AddThemeServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmbeddingsOptions>().Bind(configuration.GetSection(EmbeddingsOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EmbeddingsOptions>, CheckEmbeddings>();
        services.AddSingleton<KeptEmbeddings>();
        services.AddHttpClient<EmbeddingsClient>();
        services.AddScoped<EmbeddingsThemeEngine>();
        services.AddScoped(provider => new ThemeEngines(
            provider.GetRequiredService<RoundtableDb>(),
            provider.GetRequiredService<IThemeEngine>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IOptions<EmbeddingsOptions>>().Value.IsConfigured ? provider.GetRequiredService<EmbeddingsThemeEngine>() : null));
        services.AddScoped<CommunityThemes>().AddScoped<ThemeDecisions>().AddScoped<ThemeSuggestions>().AddScoped<ContributionMeanings>();
        // Without the worker, suggestions still encode and store inline what is missing; the test
        // apps leave it out unless a test is about it, so that it does not double every write's work.
        if (!bool.TryParse(configuration["Themes:EncodeInBackground"], out var inBackground) || inBackground)
        {
            services.AddHostedService<ContributionMeaningWorker>();
        }

        return services;
    }

    private sealed class CheckEmbeddings : IValidateOptions<EmbeddingsOptions>
    {
        public ValidateOptionsResult Validate(string? name, EmbeddingsOptions options) =>
            options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
