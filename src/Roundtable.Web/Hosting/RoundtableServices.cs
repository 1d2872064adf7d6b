using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Roundtable.Core.Charter;
using Roundtable.Core.Communities;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.DemoData;
using Roundtable.Core.Mail;
using Roundtable.Core.People;
using Roundtable.Core.Security;
using Roundtable.Core.SignIn;
using Roundtable.Core.Themes;
using Roundtable.Web.Api;
using Roundtable.Web.Pages.Shared;
using Roundtable.Web.Security;

namespace Roundtable.Web.Hosting;

public static class RoundtableServices
{
    public static WebApplicationBuilder AddRoundtable(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        // Run from its build (dotnet run, the tests) rather than published, MapStaticAssets adds a
        // GET-only fallback for files put in wwwroot after the app started; routing then answers any
        // other method at an address that matches nothing with 405 instead of 404. A new file is
        // served after a restart, as it is when published.
        configuration["DisableStaticAssetNotFoundRuntimeFallback"] = "true";
        if (!builder.Environment.IsDevelopment())
        {
            // Run from its build output (not published), the app would look for static files in
            // wwwroot alone, where the compressed copies MapStaticAssets serves are not: the build
            // keeps them in obj/ and its runtime manifest says where. Asked for gzip, every file
            // came back empty. Development does this itself; published, there is no manifest and
            // this does nothing.
            builder.WebHost.UseStaticWebAssets();
        }

        // Run from its build (dotnet run, the build output), MapStaticAssets would otherwise watch
        // for files edited under the running app: it takes every file for edited (their times on
        // disk are finer than the manifest's), re-reads it on every request, sends it "gzip"-wrapped
        // but uncompressed and never lets a browser cache it. A file changed in wwwroot is served
        // after the next build instead; ReloadStaticAssetsAtRuntime=true brings the watching back.
        configuration["ReloadStaticAssetsAtRuntime"] ??= "false";

        // Links in emails are built from App:BaseUrl; where real people get them, it must be set.
        var production = builder.Environment.IsProduction();
        services.AddOptions<AppOptions>()
            .Bind(configuration.GetSection("App"))
            .Validate(app => !production || !string.IsNullOrWhiteSpace(app.BaseUrl), AppOptions.BaseUrlMissing)
            .Validate(app => string.IsNullOrWhiteSpace(app.BaseUrl) || AppOptions.IsAbsoluteWebAddress(app.BaseUrl),
                "App:BaseUrl must be a full web address starting with http:// or https://, for example https://roundtable.example.org.")
            .ValidateOnStart();
        services.Configure<SignInLinkOptions>(configuration.GetSection("SignIn"));
        services.Configure<EmailOptions>(configuration.GetSection("Email"));
        services.AddSingleton(TimeProvider.System);

        services.Configure<DatabaseOptions>(configuration.GetSection("Database"));
        // Pooled: setting up a fresh context for every request was most of a page's cost.
        services.AddDbContextPool<RoundtableDb>((provider, options) => options
            .UseRoundtableDatabase(
                provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider,
                provider.GetRequiredService<IConfiguration>().GetConnectionString("Roundtable"),
                provider.GetRequiredService<IHostEnvironment>().ContentRootPath)
            .AddInterceptors(provider.GetRequiredService<DatabaseWrites>()));
        // Registered first, so the database is ready before anything else starts up.
        services.AddHostedService<DatabaseStartup>();

        services.AddSingleton<DatabaseWrites>();
        services.AddSingleton<KeptReads>();
        services.AddSingleton<ListedCommunities>();
        services.AddScoped<Accounts>();
        services.AddScoped<AccountRemoval>();
        services.AddScoped<SignInLinks>();
        services.AddScoped<SignedInSessions>();
        services.AddScoped<ApiTokens>();
        services.AddScoped<DemoDataLoader>();
        services.AddScoped<CurrentCommunity>();
        services.AddScoped<CommunityOverviews>();
        // Word vectors are loaded once, when themes are first suggested (about 10 MB); so is the
        // sentence encoder unless Themes:SentenceEncoder is false (about 320 MB, one for the whole
        // process, and about 10 ms a contribution, each encoded once and stored): it finds themes
        // worded in ways the word vectors and the thesaurus miss, and needs no service.
        services.AddSingleton(sp => configuration.GetValue("Themes:SentenceEncoder", true)
            ? new SentenceEncoding(() => SentenceVectors.Shared(sp.GetRequiredService<ILogger<SentenceEncoding>>()))
            : SentenceEncoding.Off);
        services.AddSingleton<IThemeEngine>(sp => new MeaningThemeEngine(
            WordVectors.BesideTheApp(sp.GetRequiredService<ILogger<MeaningThemeEngine>>()),
            sentences: sp.GetRequiredService<SentenceEncoding>().Vectors));
        services.AddScoped<EasyRead>();
        services.AddScoped<Charters>();
        services.AddScoped<CommunityFounding>();
        services.AddScoped<CommunitySettings>();
        services.AddCharterServices();
        services.AddMembershipServices();
        services.AddPeopleServices();
        services.AddSystemMapServices();
        services.AddSessionsServices();
        services.AddAttendanceServices();
        services.AddConnectionServices();
        services.AddChatImportServices();
        services.AddBreakoutServices();
        services.AddThemeServices(configuration);
        services.AddCalendarServices();
        services.AddRoomServices();
        services.AddYouSaidWeDidServices();
        services.AddExportsServices();
        services.AddResourceServices(configuration);
        services.AddReportServices();
        services.AddReportDraftingServices();
        services.AddMailingServices(configuration);
        services.AddSingleton<ILinks, AppLinks>();
        services.AddScoped<IMailer>(provider =>
            string.IsNullOrWhiteSpace(provider.GetRequiredService<IOptions<EmailOptions>>().Value.Smtp.Host)
                ? ActivatorUtilities.CreateInstance<OutboxMailer>(provider)
                : ActivatorUtilities.CreateInstance<SmtpMailer>(provider));

        services.AddIdentityCore<Person>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // User names are email addresses, which may hold any character.
                options.User.AllowedUserNameCharacters = string.Empty;
                options.SignIn.RequireConfirmedEmail = false;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<RoundtableDb>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<RoundtableClaims>();

        services.AddRoundtableSecurity();
        services.AddRoundtablePages();
        services.AddAnonymousPages();
        services.AddCompressedPages();
        services.AddRoundtableApi();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddRequestErrors();
        // Pages are UTF-8: there is no need to escape "…" or "–" as character references.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return builder;
    }
}
