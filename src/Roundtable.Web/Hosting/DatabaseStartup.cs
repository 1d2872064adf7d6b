using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Roundtable.Core.Data;
using Roundtable.Core.DemoData;

namespace Roundtable.Web.Hosting;

// Before the app takes its first request: bring the database up to date and, on a fresh
// install where it is switched on, load the demo communities.
public sealed class DatabaseStartup(IServiceScopeFactory scopes, IOptions<AppOptions> options, ILogger<DatabaseStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        PrepareAsync(scopes, options.Value.LoadDemoData, logger, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static async Task PrepareAsync(IServiceScopeFactory scopes, bool loadDemoData, ILogger logger, CancellationToken cancellationToken = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RoundtableDb>();
        logger.LogInformation("Database: {Provider} ({Where})", db.Database.ProviderName, Describe(db));
        await DatabaseSetup.MigrateAsync(db, cancellationToken);

        if (loadDemoData && await scope.ServiceProvider.GetRequiredService<DemoDataLoader>().LoadIfEmptyAsync(cancellationToken))
        {
            logger.LogInformation("Loaded the demo communities into an empty database.");
        }
    }

    private static string Describe(RoundtableDb db)
    {
        var connection = db.Database.GetDbConnection();
        return db.Database.IsSqlite() ? Path.GetFullPath(connection.DataSource) : $"{connection.DataSource}/{connection.Database}";
    }
}
