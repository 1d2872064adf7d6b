namespace Roundtable.Web.Hosting;

public static class RoundtablePages
{
    public static IServiceCollection AddRoundtablePages(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
        {
            var pages = options.Conventions;
            Pages.Conventions.Declare(pages);
            Pages.SignIn.Conventions.Declare(pages);
            Pages.Account.Conventions.Declare(pages);
            Pages.Communities.Conventions.Declare(pages);
            Pages.Communities.Charter.Conventions.Declare(pages);
            Pages.Communities.Members.Conventions.Declare(pages);
            Pages.Communities.People.Conventions.Declare(pages);
            Pages.Invitations.Conventions.Declare(pages);
            Pages.Communities.Sessions.Conventions.Declare(pages);
            Pages.Communities.SignUps.Conventions.Declare(pages);
            Pages.Communities.RunningOrders.Conventions.Declare(pages);
            Pages.Communities.Attendance.Conventions.Declare(pages);
            Pages.Communities.ChatImports.Conventions.Declare(pages);
            Pages.Communities.Breakouts.Conventions.Declare(pages);
            Pages.Communities.Themes.Conventions.Declare(pages);
            Pages.Communities.YouSaidWeDid.Conventions.Declare(pages);
            Pages.Communities.Connections.Conventions.Declare(pages);
            Pages.Communities.SystemMap.Conventions.Declare(pages);
            Pages.Communities.Resources.Conventions.Declare(pages);
            Pages.Communities.EmailList.Conventions.Declare(pages);
            Pages.Communities.Reports.Conventions.Declare(pages);
            Pages.Communities.Rooms.Conventions.Declare(pages);
            Pages.Communities.Exports.Conventions.Declare(pages);
            Pages.Admin.Conventions.Declare(pages);
        });
        services.Configure<RouteOptions>(options =>
        {
            options.LowercaseUrls = true;
        });
        return services;
    }
}
