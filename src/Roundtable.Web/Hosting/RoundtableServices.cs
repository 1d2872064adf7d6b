using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.WebEncoders;
using Roundtable.Core.Data;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.DemoData;
using Roundtable.Core.Mail;
using Roundtable.Core.People;
using Roundtable.Core.Security;
using Roundtable.Core.SignIn;
using Roundtable.Web.Api;
using Roundtable.Web.Security;

namespace Roundtable.Web.Hosting;

public static class RoundtableServices
{
    public static WebApplicationBuilder AddRoundtable(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.Configure<AppOptions>(configuration.GetSection("App"));
        services.Configure<SignInLinkOptions>(configuration.GetSection("SignIn"));
        services.Configure<EmailOptions>(configuration.GetSection("Email"));
        services.AddSingleton(TimeProvider.System);

        var database = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString("Roundtable");
        services.AddDbContext<RoundtableDb>(options => options.UseRoundtableDatabase(database.Provider, connectionString));
        // Registered first, so the database is ready before anything else starts up.
        services.AddHostedService<DatabaseStartup>();

        services.AddScoped<Accounts>();
        services.AddScoped<SignInLinks>();
        services.AddScoped<ApiTokens>();
        services.AddScoped<DemoDataLoader>();
        services.AddScoped<CurrentCommunity>();
        AddMail(services, configuration["Email:Smtp:Host"]);

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
        services.AddRoundtableApi();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddProblemDetails();
        // Pages are UTF-8: there is no need to escape "…" or "–" as character references.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return builder;
    }

    private static void AddMail(IServiceCollection services, string? smtpHost)
    {
        if (string.IsNullOrWhiteSpace(smtpHost))
        {
            services.AddScoped<IMailer, OutboxMailer>();
        }
        else
        {
            services.AddScoped<IMailer, SmtpMailer>();
        }
    }
}
