using Roundtable.Core.Reports;
using Roundtable.Core.Reports.Drafting;

namespace Roundtable.Web.Hosting;

// One drafter for each kind of report (whoever needs one asks for all IReportDrafters and picks by
// Kind), and the check a report passes before it is shared.
public static class ReportDraftingServices
{
    public static IServiceCollection AddReportDraftingServices(this IServiceCollection services) => services
        .AddScoped<SessionFactsReader>()
        .AddScoped<IReportDrafter, StaffBriefingDrafter>()
        .AddScoped<IReportDrafter, SessionSummaryDrafter>()
        .AddScoped<IReportDrafter, ChatOverviewDrafter>()
        .AddScoped<IReportDrafter, SeriesReportDrafter>()
        .AddScoped<IReportDrafter, PhotoPageDrafter>();
}
