using Roundtable.Core.Attendance;
using Roundtable.Core.SignUps;

namespace Roundtable.Web.Hosting;

// The services behind the attendance pages: places at sessions and the waiting list, the
// register and attendance reports, and the figures.
public static class AttendanceServices
{
    public static IServiceCollection AddAttendanceServices(this IServiceCollection services) => services
        .AddScoped<SigningUp>()
        .AddScoped<AttendanceRecords>()
        .AddScoped<AttendanceRegister>()
        .AddScoped<AttendanceFigures>();
}
