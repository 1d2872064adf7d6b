namespace Roundtable.Web.Calendar;

// Calendar files (.ics) for a session, a community and a person.
public static class CalendarEndpoints
{
    public static WebApplication MapCalendar(this WebApplication app) => app;
}
