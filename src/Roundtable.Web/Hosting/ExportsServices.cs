using Roundtable.Core.Csv;

namespace Roundtable.Web.Hosting;

// The CSV exports behind the download links and the API.
public static class ExportsServices
{
    public static IServiceCollection AddExportsServices(this IServiceCollection services) => services
        .AddScoped<AttendanceExport>()
        .AddScoped<ContributionsExport>()
        .AddScoped<LedgerExport>();
}
