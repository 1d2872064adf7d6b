using Roundtable.Core.Reports;

namespace Roundtable.Web.Hosting;

// The services behind reports: keeping, editing, checking and publishing them. The drafters, one
// per kind, are registered as IReportDrafter beside them.
public static class ReportServices
{
    public static IServiceCollection AddReportServices(this IServiceCollection services) => services
        .AddScoped<CommunityReports>()
        .AddScoped<ReportSending>();
}
