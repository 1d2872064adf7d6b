using System.Globalization;
using Roundtable.Core.Data.Entities;

namespace Roundtable.Core.Sessions;

// How a session is named, dated and addressed, the same on its pages, in the API and in the
// emails about it. Times are shown as people in the UK read them.
public static class SessionWords
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static string Name(SessionKind kind, int number) =>
        kind == SessionKind.Session ? $"Session {number}" : $"Preparation meeting {number}";

    public static string Name(Session session) => Name(session.Kind, session.Number);

    // "Friday 12 June 2026".
    public static string Date(DateOnly date) => date.ToString("dddd d MMMM yyyy", British);

    public static string Date(DateTimeOffset time) => Date(UkTimeZone.DateOf(time));

    // "12 June 2026".
    public static string ShortDate(DateTimeOffset time) => UkTimeZone.DateOf(time).ToString("d MMMM yyyy", British);

    public static string Time(DateTimeOffset time) => TypedDates.FormatTime(UkTimeZone.TimeOf(time));

    public static string Times(DateTimeOffset start, DateTimeOffset end) => $"{Time(start)} to {Time(end)}";

    // "Friday 12 June 2026, 14:00 to 16:00"; a meeting that runs past midnight gives both dates.
    public static string When(Session session)
    {
        var (starts, ends) = (UkTimeZone.DateOf(session.StartsAt), UkTimeZone.DateOf(session.EndsAt));
        return starts == ends
            ? $"{Date(starts)}, {Times(session.StartsAt, session.EndsAt)}"
            : $"{Date(starts)}, {Time(session.StartsAt)} to {Date(ends)}, {Time(session.EndsAt)}";
    }

    public static string ListPath(string slug) => $"/communities/{slug}/sessions";

    public static string Path(string slug, SessionKind kind, int number, string rest = "") =>
        kind == SessionKind.Session
            ? $"/communities/{slug}/sessions/{number}{rest}"
            : $"/communities/{slug}/preparation-meetings/{number}{rest}";

    public static string Path(string slug, Session session, string rest = "") => Path(slug, session.Kind, session.Number, rest);
}
