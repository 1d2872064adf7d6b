namespace Roundtable.Web.Hosting;

// The services behind the attendance pages.
public static class AttendanceServices
{
    public static IServiceCollection AddAttendanceServices(this IServiceCollection services) => services;
}
