using System.Globalization;
using Roundtable.Core.Data.Entities;
using Roundtable.Core.Sessions;
using Roundtable.Web.Pages.Shared;

namespace Roundtable.Web.Pages.Communities.Sessions;

// What the session pages share: where each page is, and how sessions, dates and times read.
public static class SessionsView
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static string ListPath(string slug) => $"/communities/{slug}/sessions";

    public static string Path(string slug, SessionKind kind, int number, string rest = "") =>
        kind == SessionKind.Session
            ? $"/communities/{slug}/sessions/{number}{rest}"
            : $"/communities/{slug}/preparation-meetings/{number}{rest}";

    public static string Path(string slug, Session session, string rest = "") => Path(slug, session.Kind, session.Number, rest);

    public static string Title(SessionKind kind, int number) =>
        kind == SessionKind.Session ? $"Session {number}" : $"Preparation meeting {number}";

    public static string Title(Session session) => Title(session.Kind, session.Number);

    public static Crumb ListCrumb(Community community) => new(ListPath(community.Slug), "Sessions");

    public static Crumb Crumb(Community community, Session session) => new(Path(community.Slug, session), Title(session));

    public static string Date(DateOnly date) => date.ToString("dddd d MMMM yyyy", British);

    public static string Date(DateTimeOffset time) => Date(UkTimeZone.DateOf(time));

    public static string Time(DateTimeOffset time) => TypedDates.FormatTime(UkTimeZone.TimeOf(time));

    public static string Times(DateTimeOffset start, DateTimeOffset end) => $"{Time(start)} to {Time(end)}";

    // "Friday 12 June 2026, 14:00 to 16:00": every time shown as people in the UK read it.
    public static string When(Session session) => $"{Date(session.StartsAt)}, {Times(session.StartsAt, session.EndsAt)}";

    public static string Length(int minutes) => (minutes / 60, minutes % 60) switch
    {
        (0, var m) => RunningOrderTiming.Minutes(m),
        (1, 0) => "1 hour",
        (var h, 0) => $"{h} hours",
        (1, var m) => $"1 hour {RunningOrderTiming.Minutes(m)}",
        (var h, var m) => $"{h} hours {RunningOrderTiming.Minutes(m)}",
    };

    public static string FormatName(SessionFormat format) => format switch
    {
        SessionFormat.Online => "Online",
        SessionFormat.InPerson => "In person",
        _ => "Hybrid: in person and online",
    };

    public static bool IsOnline(SessionFormat format) => format != SessionFormat.InPerson;

    public static bool IsInPerson(SessionFormat format) => format != SessionFormat.Online;

    public static string YesNo(bool? answer) => answer switch
    {
        true => "Yes",
        false => "No",
        null => "Not known yet",
    };

    public static string People(int count) => count == 1 ? "1 person" : $"{count} people";

    // "43 came to session 2; 38 of the 42 at session 1 came back": the latest session anyone has
    // been recorded at, against the one before it. Null until attendance has been recorded.
    public static string? AttendanceSummary(IEnumerable<SessionFigures> figures, DateTimeOffset now)
    {
        if (figures.LastOrDefault(f => f.Recorded && f.StartsAt <= now) is not { } latest)
        {
            return null;
        }

        var came = $"{latest.Attended} came to session {latest.Number}";
        return latest.HeldFromPrevious switch
        {
            null => $"{came}.",
            { Of: 1, Came: 1 } held => $"{came}; the 1 person at session {held.FromSession} came back.",
            { Of: 1 } held => $"{came}; the 1 person at session {held.FromSession} did not come back.",
            var held => $"{came}; {held.Came} of the {held.Of} at session {held.FromSession} came back.",
        };
    }
}

// A list of meetings to show as a table.
public sealed record SessionTable(string Slug, string Id, string Caption, IReadOnlyList<Session> Meetings);
