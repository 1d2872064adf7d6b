using Roundtable.Core.Sessions;

namespace Roundtable.Web.Hosting;

// The services behind the attendance pages: places at sessions and the waiting list, the
// register and attendance reports, and the figures.
public static class AttendanceServices
{
    public static IServiceCollection AddAttendanceServices(this IServiceCollection services) => services
        .AddScoped<SignUps>()
        .AddScoped<AttendanceRecords>()
        .AddScoped<AttendanceFigures>();
}
